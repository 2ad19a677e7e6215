namespace Bot.Core.Recaps;

/// <summary>An event's title as members see it: without the status a post's title opens with in brackets
/// (<c>【活动回顾】</c>, <c>【报名中】</c>, <c>【直播预告】</c>: where the post stands, not the event's name) and without a full
/// date before the name (<c>2016/05/19 Hacking Thursday</c>: the bot shows the date beside every title). A tag that says
/// something of the event itself (<c>【北京】</c>, <c>【工作坊】</c>) stays, and so does a title that is a date alone. The notes
/// of a meeting are titled by the meeting they record (<c>第二十九次会议纪要</c> is the page of 第二十九次会议).</summary>
internal static class ShownTitle
{
    private static readonly string[] Statuses =
        ["活动回顾", "精彩回顾", "回顾", "活动报名", "报名中", "报名开启", "火热报名中", "报名", "活动预告", "直播预告", "预告", "直播回顾"];

    public static string Of(string title) => WithoutMinutesWord(WithoutLeadingDate(WithoutStatusTag(title)));

    // `…会议纪要`, `…例会记录`: the notes word after a gathering's noun (会) names the page, not the meeting.
    private static string WithoutMinutesWord(string title)
    {
        var t = title.AsSpan().TrimEnd();
        return t.Length > 4 && t[^3] is '会' or '议' && (t.EndsWith("纪要") || t.EndsWith("记录")) ? t[..^2].TrimEnd().ToString() : title;
    }

    // `2016/07/30 SHLUG 月度技术分享会`, `2030-05-16 Meetup`: a numeric date with its year, then a space and the name.
    private static string WithoutLeadingDate(string title)
    {
        var t = title.AsSpan().TrimStart();
        if (t.Length < 12 || !char.IsAsciiDigit(t[0]))
        {
            return title;
        }

        var space = t.IndexOf(' ');
        if (space is < 8 or > 10 || !IsNumericDate(t[..space]) || t[space..].Trim().Length < 2)
        {
            return title;
        }

        return t[space..].Trim().ToString();
    }

    private static bool IsNumericDate(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.SplitAny("/-."))
        {
            var part = text[range];
            if (part.Length == 0 || part.Length > 4 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            parts++;
        }

        return parts == 3 && text[..4].IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static string WithoutStatusTag(string title)
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
