namespace Bot.Core.Recaps.Dates;

/// <summary>The labels (folded by <see cref="Text.TextNormalizer.Key"/>) under which pages write an event's date and
/// time, in the words of many communities: a date-and-time label first, then date-only and time-only ones.</summary>
internal static class TimeLabels
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] Brackets = ['【', '】', '[', ']'];

    public static readonly string[] DateAndTime =
    [
        "活动时间", "时间", "分享时间", "举办时间", "会议时间", "开始时间", "活动日期时间", "时间地点", "日期时间", "日程",
        "time", "when", "date&time", "dateandtime", "datetime", "eventtime", "start", "starts", "startsat", "starttime", "begins",
        // A heading over the day and the venue together (`## Time and Place`, `## 时间与地点`).
        "时间和地点", "时间与地点", "时间及地点", "日期和地点", "timeandplace", "timeandvenue", "timeandlocation", "dateandplace",
        "dateandvenue", "dateandlocation", "whenandwhere", "when&where", "time&place", "date&venue", "date&location",
    ];

    /// <summary>An end written under its own label beside a start label (`开始时间：…` then `结束时间：…`).</summary>
    public static readonly string[] EndOnly = ["结束时间", "endtime", "end", "ends", "endsat"];

    public static readonly string[] DateOnly = ["日期", "活动日期", "会议日期", "date", "dates", "eventdate", "eventdates", "day", "days"];

    /// <summary>A live-stream time: on SOFAStack pages a copy of 活动时间 that is checked, never preferred; elsewhere
    /// sometimes the only time, so it is the last resort.</summary>
    public static readonly string[] LiveTime = ["直播时间", "livetime", "streamtime"];

    private static readonly System.Collections.Frozen.FrozenSet<string> DateAndTimeSet = System.Collections.Frozen.FrozenSet.ToFrozenSet(DateAndTime, StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string> DateOnlySet = System.Collections.Frozen.FrozenSet.ToFrozenSet(DateOnly, StringComparer.Ordinal);

    public static bool IsDateAndTime(string key) => DateAndTimeSet.Contains(Bare(key)) || IsDateJoinedToTime(key);

    private static readonly char[] Joints = ['/', '、', '&', '／'];

    // `会议日期/时间`, `日期、时间`, `Date/Time`: a date label joined to a time word by a mark.
    private static bool IsDateJoinedToTime(string key)
    {
        var joint = key.IndexOfAny(Joints);
        if (joint <= 0)
        {
            return false;
        }

        var (date, time) = (key[..joint], key[(joint + 1)..]);
        return DateOnlySet.Contains(date) && time is "时间" or "time";
    }

    public static bool IsDateOnly(string key) => DateOnlySet.Contains(Bare(key));

    public static bool IsEndOnly(string key) => Array.IndexOf(EndOnly, Bare(key)) >= 0;

    // `Start (sharp)`, `时间（北京时间）`: a label with a remark in brackets after it is the label.
    private static string Bare(string key)
    {
        var bare = key.Trim(Brackets);
        return bare.Length > 2 && bare[^1] is ')' or '）' && bare.AsSpan().LastIndexOfAny('(', '（') is > 0 and var open ? bare[..open] : bare;
    }

    public static bool IsAny(string key) => IsDateAndTime(key) || IsDateOnly(key) || Array.IndexOf(LiveTime, key) >= 0;
}
