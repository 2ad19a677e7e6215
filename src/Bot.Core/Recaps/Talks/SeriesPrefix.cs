using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>What series pages put before a session's own title: <c>第 64 期</c>, <c>第 7 课：</c>, <c>直播预告：</c>,
/// <c>【工作坊】</c>, <c>Episode 3:</c>.</summary>
internal static class SeriesPrefix
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] CloseBrackets = ['】', ']'];
    private static readonly char[] AfterPrefix = [' ', '：', ':', '|', '-'];
    private static readonly char[] SpaceOrDigit = [' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    private static readonly string[] Announcements =
        ["直播预告", "活动预告", "预告", "直播回顾", "活动回顾", "回顾", "报名开启", "episode", "ep", "online workshop", "workshop", "webinar", "livestream", "live stream"];

    public static string Strip(string title)
    {
        var t = TextNormalizer.Clean(title).Trim();
        for (var changed = true; changed && t.Length > 0;)
        {
            var before = t;
            t = StripIssue(t);
            t = StripBracket(t);
            t = StripAnnouncement(t);
            t = StripNamedAnnouncement(t);
            t = StripKindSuffix(t);
            t = StripSeriesName(t);
            t = StripDateLead(t);
            changed = t != before;
        }

        return t.Trim();
    }

    private static readonly char[] IssueEnds = [' ', '：', ':', '|', '-', '·', '，', '丨'];

    // A series counts its sessions as issues (期), lessons (课, 讲) or episodes (集).
    private static readonly char[] IssueUnits = ['期', '课', '讲', '集'];

    // `第 64 期`, `第64期：`, `第 7 课：`, and after the series' name when a separator follows: `青禾云直播第 12 期：`.
    private static string StripIssue(string t)
    {
        var at = t.IndexOf('第');
        if (at is < 0 or > 16)
        {
            return t;
        }

        var end = t.IndexOfAny(IssueUnits, at);
        if (end - at is < 2 or > 8 || !t.AsSpan(at + 1, end - at - 1).Trim().ContainsAnyInRange('0', '9') && !t.AsSpan(at + 1, end - at - 1).ContainsAny("一二三四五六七八九十"))
        {
            return t;
        }

        // Inside a title (`谈谈第 2 期工程`) the issue words are prose: only a series name's issue ends at a separator.
        if (at > 0 && (end + 1 >= t.Length || Array.IndexOf(IssueEnds, t[end + 1]) < 0))
        {
            return t;
        }

        return t[(end + 1)..].TrimStart(IssueEnds);
    }

    private static string StripBracket(string t)
    {
        if (t.Length > 2 && t[0] is '【' or '[')
        {
            var close = t.IndexOfAny(CloseBrackets);
            if (close is > 1 and <= 12 && close + 1 < t.Length)
            {
                return t[(close + 1)..].TrimStart(AfterPrefix);
            }
        }

        return t;
    }

    private static readonly string[] Bars = [" | ", "｜", "丨", " |", "| "];

    // `示例网关直播回顾 | 插件开发实战`: the series' name with an announcement word, then a bar and the session's title.
    private static string StripNamedAnnouncement(string t)
    {
        foreach (var bar in Bars)
        {
            var at = t.IndexOf(bar, StringComparison.Ordinal);
            if (at is > 0 and <= 24 && at + bar.Length < t.Length - 1 && Array.Exists(Announcements, word => t.AsSpan(0, at).EndsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return t[(at + bar.Length)..].Trim();
            }
        }

        return t;
    }

    // What a session page's title may end with after a dash: the kind of event or the event's name (`… - 直播课`,
    // `… - 云+社区沙龙`, `… - GMTC 大会`, `… - Example Webinar`).
    private static readonly string[] KindWords =
        ["直播课", "直播", "沙龙", "大会", "峰会", "分享会", "研讨会", "公开课", "训练营", "技术日", "开放日", "meetup", "webinar", "workshop", "summit", "conference"];

    private static readonly string[] Dashes = [" - ", " – ", " — ", "——"];

    private static string StripKindSuffix(string t)
    {
        foreach (var dash in Dashes)
        {
            var at = t.LastIndexOf(dash, StringComparison.Ordinal);
            if (at >= 4 && t.Length - at - dash.Length is > 0 and <= 16
                && Array.Exists(KindWords, word => t.AsSpan(at + dash.Length).TrimEnd().EndsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return t[..at].TrimEnd();
            }
        }

        return t;
    }

    // What a series' name ends with when a session's title follows it after a colon (`金枪鱼之夜：FFmpeg 杂谈`,
    // `示例夜读：Go 泛型`): the kinds of events, and the words series call their evenings and classes.
    private static readonly string[] SeriesWords = [.. KindWords, "之夜", "夜读", "夜话", "讲堂", "课堂", "学院", "talks", "night", "series"];

    // Long enough for `October Virtual Meetup:`, short enough to leave a title's own colon alone.
    private const int SeriesNameLength = 24;

    private static string StripSeriesName(string t)
    {
        var at = t.AsSpan(0, Math.Min(t.Length, SeriesNameLength)).IndexOfAny('：', ':');
        if (at < 2 || t.Length - at < 5 || t.AsSpan(0, at).Contains("://", StringComparison.Ordinal))
        {
            return t;
        }

        var name = t.AsSpan(0, at).TrimEnd();
        foreach (var word in SeriesWords)
        {
            if (name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && name.Length > word.Length)
            {
                return t[(at + 1)..].TrimStart();
            }
        }

        return t;
    }

    // `October 13th @ 6:00 PM - Advanced Series: …`: the session's day and hour before a dash are the page's facts.
    private static string StripDateLead(string t)
    {
        foreach (var dash in Dashes)
        {
            var at = t.IndexOf(dash, StringComparison.Ordinal);
            if (at is > 4 and <= 40 && t.Length - at - dash.Length >= 4 && Dates.DateTitle.IsOnlyDate(t[..at]))
            {
                return t[(at + dash.Length)..].TrimStart();
            }
        }

        return t;
    }

    private static string StripAnnouncement(string t)
    {
        foreach (var word in Announcements)
        {
            if (t.StartsWith(word, StringComparison.OrdinalIgnoreCase) && t.Length > word.Length + 2)
            {
                var rest = t[word.Length..].TrimStart(SpaceOrDigit);
                if (rest.Length > 0 && rest[0] is '：' or ':' or '|' or '-' or '丨')
                {
                    return rest[1..].TrimStart();
                }
            }
        }

        return t;
    }
}
