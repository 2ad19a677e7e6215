namespace Bot.Core.Reminders;

/// <summary>Every word the announcements use, one instance per language.</summary>
public sealed record AnnouncementStrings(
    string StartsIn,
    string StartingNow,
    string StartedAgo,
    string LiveNow,
    string Day,
    string Days,
    string Hour,
    string Hours,
    string Minute,
    string Minutes,
    string LiveRoom,
    string Venue,
    string Online,
    string Talks,
    string MediaOut,
    string Slides,
    string Replay,
    string DigestTitle,
    string TimeNotAnnounced,
    string[] WeekDays)
{
    public static readonly AnnouncementStrings English = new(
        "starts in {0}", "is starting now", "started {0} ago", "is live now", "day", "days", "hour", "hours", "minute", "minutes",
        "Live room", "Venue", "online", "Talks", "Slides and replay of <b>{0}</b> are out", "Slides", "Replay",
        "This week's events", "time not announced", ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);

    public static readonly AnnouncementStrings Chinese = new(
        "将在 {0}后开始", "马上开始", "已于 {0}前开始", "正在直播", "天", "天", "小时", "小时", "分钟", "分钟",
        "直播间", "地点", "线上", "议程", "<b>{0}</b> 的资料和回放已发布", "资料", "回放",
        "本周活动", "具体时间未公布", ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]);

    public static AnnouncementStrings For(string? languageCode) =>
        languageCode?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? Chinese : English;

    public bool IsChinese => ReferenceEquals(this, Chinese);
}
