using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Questions;

/// <summary>Days as members write them in a question, in Chinese and English: relative (今天, 明晚, 下周, this weekend,
/// next month), weekdays (周三, 下周五, on Friday), and dates (2022-04-01, 4月1日, 2022年4月, Dec 3, 3 December 2026,
/// 2022). Read at a position of the normalised question (lower-case Latin, single spaces) against today in the
/// chat's zone, ignoring case; a date without a year is the one nearest today.</summary>
internal static partial class QuestionDates
{
    private static readonly Dictionary<string, string> Months = new()
    {
        ["jan"] = "1", ["january"] = "1", ["feb"] = "2", ["february"] = "2", ["mar"] = "3", ["march"] = "3", ["apr"] = "4", ["april"] = "4",
        ["may"] = "5", ["jun"] = "6", ["june"] = "6", ["jul"] = "7", ["july"] = "7", ["aug"] = "8", ["august"] = "8", ["sep"] = "9",
        ["sept"] = "9", ["september"] = "9", ["oct"] = "10", ["october"] = "10", ["nov"] = "11", ["november"] = "11", ["dec"] = "12", ["december"] = "12",
    };

    public static bool TryMatch(string text, int at, DateOnly today, out int length, out DateRange range)
    {
        range = null!;
        length = 0;
        var match = Pattern().Match(text, at);
        if (!match.Success || match.Length == 0 || !EndsWord(text, match) || !TryRead(match, today, out range))
        {
            return false;
        }

        length = match.Length;
        return true;
    }

    private static bool TryRead(Match m, DateOnly today, out DateRange range)
    {
        range = null!;
        if (m.Groups["rel"].Success)
        {
            range = Relative(m.Groups["rel"].Value.ToLowerInvariant(), today);
            return true;
        }

        if (m.Groups["wd"].Success)
        {
            range = Weekday(m.Groups["which"].Value.ToLowerInvariant(), m.Groups["wd"].Value.ToLowerInvariant(), today);
            return true;
        }

        var year = Number(m, "y");
        var month = m.Groups["mn"].Success ? int.Parse(Months[m.Groups["mn"].Value.ToLowerInvariant()], CultureInfo.InvariantCulture) : Number(m, "m");
        var day = Number(m, "d");
        if (month is null)
        {
            return year is { } y && Year(y, out range);
        }

        if (month is < 1 or > 12)
        {
            return false;
        }

        if (day is null)
        {
            var first = new DateOnly(year ?? Nearest(today, y => new DateOnly(y, month.Value, 15)), month.Value, 1);
            range = new DateRange(first, first.AddMonths(1).AddDays(-1));
            return true;
        }

        var resolvedYear = year ?? Nearest(today, y => day <= DateTime.DaysInMonth(y, month.Value) ? new DateOnly(y, month.Value, day.Value) : null);
        if (resolvedYear is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(resolvedYear, month.Value))
        {
            return false;
        }

        var date = new DateOnly(resolvedYear, month.Value, day.Value);
        range = new DateRange(date, date);
        return true;
    }

    private static DateRange Relative(string word, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return Words()[word] switch
        {
            ("day", var n) => new DateRange(today.AddDays(n), today.AddDays(n)),
            ("week", var n) => new DateRange(monday.AddDays(7 * n), monday.AddDays(7 * n + 6)),
            ("weekend", var n) => new DateRange(monday.AddDays(7 * n + 5), monday.AddDays(7 * n + 6)),
            ("month", var n) => new DateRange(firstOfMonth.AddMonths(n), firstOfMonth.AddMonths(n + 1).AddDays(-1)),
            (_, var n) => new DateRange(new DateOnly(today.Year + n, 1, 1), new DateOnly(today.Year + n, 12, 31)),
        };
    }

    // 周三 is this week's Wednesday (weeks start on Monday); 下周三 next week's; an English bare weekday the coming one.
    private static DateRange Weekday(string which, string name, DateOnly today)
    {
        var target = WeekdayOf(name);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var offset = ((int)target + 6) % 7;
        var day = which switch
        {
            "下" or "下个" or "下個" or "next" => monday.AddDays(7 + offset),
            "上" or "上个" or "上個" or "last" => monday.AddDays(offset - 7),
            "这" or "这个" or "這" or "這個" or "本" or "this" => monday.AddDays(offset),
            _ when IsCjk(name) => monday.AddDays(offset),
            _ => today.AddDays(((int)target - (int)today.DayOfWeek + 7) % 7),
        };
        return new DateRange(day, day);
    }

    private static DayOfWeek WeekdayOf(string name) => name switch
    {
        "一" or "mon" or "monday" => DayOfWeek.Monday,
        "二" or "tue" or "tues" or "tuesday" => DayOfWeek.Tuesday,
        "三" or "wed" or "wednesday" => DayOfWeek.Wednesday,
        "四" or "thu" or "thur" or "thurs" or "thursday" => DayOfWeek.Thursday,
        "五" or "fri" or "friday" => DayOfWeek.Friday,
        "六" or "sat" or "saturday" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static bool Year(int year, out DateRange range)
    {
        range = year is >= 1990 and <= 2100 ? new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : null!;
        return range is not null;
    }

    private static int Nearest(DateOnly today, Func<int, DateOnly?> candidate) =>
        new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Select(y => (Year: y, Date: candidate(y)))
            .Where(c => c.Date is not null)
            .OrderBy(c => Math.Abs(c.Date!.Value.DayNumber - today.DayNumber))
            .Select(c => c.Year)
            .DefaultIfEmpty(today.Year)
            .First();

    private static int? Number(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // A Latin match must end a word ("sat" is no Saturday inside "satellite"); CJK needs no boundary.
    private static bool EndsWord(string text, Match m)
    {
        var end = m.Index + m.Length;
        return end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(text[end - 1]);
    }

    private static bool IsCjk(string text) => text.Length > 0 && text[0] >= '\u3400';

    private static Dictionary<string, (string Unit, int Offset)> Words() => RelativeWords;

    private static readonly Dictionary<string, (string Unit, int Offset)> RelativeWords = new()
    {
        ["今天"] = ("day", 0), ["今日"] = ("day", 0), ["今晚"] = ("day", 0), ["今早"] = ("day", 0), ["今天晚上"] = ("day", 0), ["今儿"] = ("day", 0),
        ["明天"] = ("day", 1), ["明日"] = ("day", 1), ["明晚"] = ("day", 1), ["明早"] = ("day", 1), ["明天晚上"] = ("day", 1), ["明儿"] = ("day", 1),
        ["后天"] = ("day", 2), ["昨天"] = ("day", -1), ["昨日"] = ("day", -1), ["昨晚"] = ("day", -1), ["前天"] = ("day", -2),
        ["本周"] = ("week", 0), ["这周"] = ("week", 0), ["这个星期"] = ("week", 0), ["这星期"] = ("week", 0), ["本星期"] = ("week", 0),
        ["这礼拜"] = ("week", 0), ["这个礼拜"] = ("week", 0), ["这一周"] = ("week", 0), ["这个周"] = ("week", 0), ["一周内"] = ("week", 0),
        ["下周"] = ("week", 1), ["下个星期"] = ("week", 1), ["下星期"] = ("week", 1), ["下礼拜"] = ("week", 1), ["下个礼拜"] = ("week", 1),
        ["下一周"] = ("week", 1), ["下个周"] = ("week", 1),
        ["上周"] = ("week", -1), ["上个星期"] = ("week", -1), ["上星期"] = ("week", -1), ["上礼拜"] = ("week", -1), ["上个礼拜"] = ("week", -1), ["上一周"] = ("week", -1),
        ["周末"] = ("weekend", 0), ["这周末"] = ("weekend", 0), ["本周末"] = ("weekend", 0), ["这个周末"] = ("weekend", 0),
        ["下周末"] = ("weekend", 1), ["下个周末"] = ("weekend", 1),
        ["本月"] = ("month", 0), ["这个月"] = ("month", 0), ["这月"] = ("month", 0), ["当月"] = ("month", 0),
        ["下个月"] = ("month", 1), ["下月"] = ("month", 1), ["上个月"] = ("month", -1), ["上月"] = ("month", -1),
        ["這週"] = ("week", 0), ["本週"] = ("week", 0), ["下週"] = ("week", 1), ["上週"] = ("week", -1), ["週末"] = ("weekend", 0),
        ["這週末"] = ("weekend", 0), ["下週末"] = ("weekend", 1), ["這個月"] = ("month", 0), ["下個月"] = ("month", 1), ["上個月"] = ("month", -1),
        ["今年"] = ("year", 0), ["本年"] = ("year", 0), ["去年"] = ("year", -1), ["明年"] = ("year", 1), ["前年"] = ("year", -2),
        ["today"] = ("day", 0), ["tonight"] = ("day", 0), ["this evening"] = ("day", 0), ["this morning"] = ("day", 0), ["this afternoon"] = ("day", 0),
        ["tomorrow"] = ("day", 1), ["tmrw"] = ("day", 1), ["tomorrow night"] = ("day", 1), ["tomorrow evening"] = ("day", 1),
        ["day after tomorrow"] = ("day", 2), ["the day after tomorrow"] = ("day", 2), ["yesterday"] = ("day", -1),
        ["this week"] = ("week", 0), ["the week"] = ("week", 0), ["next week"] = ("week", 1), ["last week"] = ("week", -1), ["past week"] = ("week", -1),
        ["this weekend"] = ("weekend", 0), ["the weekend"] = ("weekend", 0), ["weekend"] = ("weekend", 0), ["next weekend"] = ("weekend", 1),
        ["this month"] = ("month", 0), ["next month"] = ("month", 1), ["last month"] = ("month", -1),
        ["this year"] = ("year", 0), ["last year"] = ("year", -1), ["next year"] = ("year", 1),
    };

    // One alternation, tried at a position: the first alternative that matches wins, so weekdays (这周三) come before
    // weeks (这周) and the longest relative words before their prefixes.
    [GeneratedRegex("""
        \G(?:
          (?<which>下个|上个|这个|下個|上個|這個|下|上|这|這|本)?(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天])
        | (?<rel>今天晚上|明天晚上|这个星期|这个礼拜|下个星期|下个礼拜|上个星期|上个礼拜|这个周末|下个周末|今天|今日|今晚|今早|今儿|明天|明日|明晚|明早|明儿|后天|昨天|昨日|昨晚|前天
                 |本周末|这周末|下周末|本周|这周|这星期|本星期|这礼拜|这一周|这个周|一周内|下周|下星期|下礼拜|下一周|下个周|上周|上星期|上礼拜|上一周|周末
                 |本月|这个月|这月|当月|下个月|下月|上个月|上月|今年|本年|去年|明年|前年
                 |這週|本週|下週|上週|週末|這週末|下週末|這個月|下個月|上個月
                 |the\ day\ after\ tomorrow|day\ after\ tomorrow|tomorrow\ night|tomorrow\ evening|this\ evening|this\ morning|this\ afternoon
                 |this\ weekend|the\ weekend|next\ weekend|this\ week|the\ week|next\ week|last\ week|past\ week|this\ month|next\ month|last\ month
                 |this\ year|last\ year|next\ year|today|tonight|tomorrow|tmrw|yesterday|weekend)
        | (?:on\ )?(?<which>this|next|last)?\ ?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)
        | (?<y>\d{4})\ ?年\ ?(?<m>\d{1,2})\ ?月\ ?(?<d>\d{1,2})\ ?[日号]?
        | (?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})
        | (?<m>\d{1,2})\ ?月\ ?(?<d>\d{1,2})\ ?[日号]
        | (?<y>\d{4})\ ?年\ ?(?<m>\d{1,2})\ ?月份?
        | (?<y>\d{4})-(?<m>\d{1,2})(?![\d-])
        | (?<mn>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|may)
            (?:\ (?<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?)(?:,?\ (?<y>\d{4}))?
        | (?<d>\d{1,2})(?:st|nd|rd|th)?\ (?:of\ )?(?<mn>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:,?\ (?<y>\d{4}))?
        | (?<mn>january|february|march|april|june|july|august|september|october|november|december)(?:,?\ (?<y>\d{4}))?
        | (?<y>\d{4})\ ?年
        | (?<m>\d{1,2})\ ?月份?
        | (?<y>(?:19|20)\d{2})(?!\d)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
