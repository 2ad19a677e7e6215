namespace Bot.Core.Reminders.Commands;

/// <summary>The words of /subscribe, /unsubscribe, /reminders and /tz, one instance per language.</summary>
public sealed record SubscriptionStrings(
    string SubscribeDescription,
    string UnsubscribeDescription,
    string RemindersDescription,
    string TimeZoneDescription,
    string SubscribeUsage,
    string TimeZoneUsage,
    string NotUnderstood,
    string UnknownZone,
    string AdminsOnly,
    string Subscribed,
    string Unsubscribed,
    string WasNotSubscribed,
    string NotSubscribed,
    string ZoneSet,
    string Settings,
    string NextReminders,
    string NoUpcoming,
    string AllSeries,
    string ChannelOnly,
    string MeetupOnly,
    string StartingNow)
{
    public static readonly SubscriptionStrings English = new(
        "Get reminders before events: /subscribe 1d 1h 10m [channel|meetup]",
        "Stop reminders in this chat",
        "This chat's reminder settings and the next reminders",
        "Set this chat's time zone: /tz Europe/Berlin",
        "Usage: /subscribe [lead times] [channel|meetup], e.g. /subscribe 1d 1h 10m. Lead times: 1d, 2h, 30m, 1h30m (up to 30 days, 5 at most).",
        "Usage: /tz <IANA zone>, e.g. /tz Europe/Berlin or /tz Asia/Shanghai.",
        "I could not read “{0}”.",
        "“{0}” is not a time zone I know. Use an IANA name such as Europe/Berlin.",
        "Only this group's administrators can change its reminders.",
        "Subscribed. Reminders {0} before each event{1}, plus a post when it goes live, the weekly digest, and slides/replay when they are out.",
        "Unsubscribed. This chat gets no more reminders.",
        "This chat was not subscribed.",
        "This chat is not subscribed. Try /subscribe.",
        "Times in this chat are now shown in {0} (now {1}).",
        "Reminders {0} before each event · {1} · zone {2}",
        "Next reminders:",
        "No upcoming event is announced yet.",
        "all events",
        "SOFAChannel live streams only",
        "SOFAMeetups only",
        "at start");

    public static readonly SubscriptionStrings Chinese = new(
        "订阅活动提醒：/subscribe 1d 1h 10m [channel|meetup]",
        "取消本群/本聊天的提醒",
        "查看本聊天的提醒设置和接下来的提醒",
        "设置本聊天的时区：/tz Asia/Shanghai",
        "用法：/subscribe [提前时间] [channel|meetup]，例如 /subscribe 1d 1h 10m。提前时间：1d、2h、30m、1h30m（最长 30 天，最多 5 个）。",
        "用法：/tz <IANA 时区>，例如 /tz Asia/Shanghai 或 /tz Europe/Berlin。",
        "无法识别“{0}”。",
        "不认识时区“{0}”，请使用 IANA 名称，例如 Asia/Shanghai。",
        "只有本群管理员可以修改提醒设置。",
        "订阅成功。每场活动开始前 {0} 提醒{1}，开播时通知，每周摘要，资料和回放发布时也会通知。",
        "已取消订阅，本聊天不再收到提醒。",
        "本聊天尚未订阅。",
        "本聊天尚未订阅，可发送 /subscribe。",
        "本聊天的时间将按 {0} 显示（当前 {1}）。",
        "每场活动前 {0} 提醒 · {1} · 时区 {2}",
        "接下来的提醒：",
        "暂无即将举行的活动。",
        "全部活动",
        "仅 SOFAChannel 直播",
        "仅 SOFAMeetup",
        "开始时");

    public static SubscriptionStrings For(string? languageCode) =>
        languageCode?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? Chinese : English;

    public string FilterName(SeriesFilter filter) => filter switch
    {
        SeriesFilter.Channel => ChannelOnly,
        SeriesFilter.Meetup => MeetupOnly,
        _ => AllSeries,
    };
}
