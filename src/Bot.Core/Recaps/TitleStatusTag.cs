namespace Bot.Core.Recaps;

/// <summary>The status a post's title opens with in brackets (<c>【活动回顾】</c>, <c>【报名中】</c>, <c>【直播预告】</c>): where
/// the post stands, not the event's name, so a member's list of events shows the name alone. A tag that says something
/// of the event itself (<c>【北京】</c>, <c>【工作坊】</c>) stays.</summary>
internal static class TitleStatusTag
{
    private static readonly string[] Statuses =
        ["活动回顾", "精彩回顾", "回顾", "活动报名", "报名中", "报名开启", "火热报名中", "报名", "活动预告", "直播预告", "预告", "直播回顾"];

    public static string Strip(string title)
    {
        var t = title.AsSpan().TrimStart();
        if (t.Length < 4 || t[0] != '【')
        {
            return title;
        }

        var close = t.IndexOf('】');
        if (close < 2 || t[(close + 1)..].Trim().Length == 0)
        {
            return title;
        }

        var tag = t[1..close].Trim();
        foreach (var status in Statuses)
        {
            if (tag.SequenceEqual(status))
            {
                return t[(close + 1)..].Trim().ToString();
            }
        }

        return title;
    }
}
