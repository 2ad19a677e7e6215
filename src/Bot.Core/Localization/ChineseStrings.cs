using Bot.Core.Events;

namespace Bot.Core.Localization;

internal sealed class ChineseStrings : Strings
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public override string StartDescription => "开始，或打开分享的活动/讲师";
    public override string HelpDescription => "我能做什么";
    public override string EventsDescription => "全部活动（最新在前）";
    public override string NextDescription => "下一场活动";
    public override string AgendaDescription => "下一场或指定活动的议程";
    public override string SpeakerDescription => "按姓名或花名查讲师及其分享";
    public override string SlidesDescription => "活动、议题或讲师的资料（PPT）";
    public override string SearchDescription => "搜索议题和讲师";
    public override string LiveDescription => "正在/即将直播的直播间，及回放";
    public override string IcsDescription => "活动的日历文件（.ics）";
    public override string SpeakerUsage => "用法：/speaker <姓名或花名>，例如 /speaker 仪式";
    public override string SearchUsage => "用法：/search <关键词>，例如 /search 服务发现";
    public override string EventsUsage => "用法：/events [页码]，例如 /events 2";
    public override string IcsUsage => "用法：/ics [活动]，例如 /ics meetup 14";

    public override string Greeting => "你好！我了解 SOFAStack 社区的 Meetup 和直播：有什么活动、谁来分享、资料在哪里。";
    public override string HelpHeading => "命令";
    public override string HelpFooter => "活动可以用编号、系列+期数（channel 24、meetup 14）或标题里的词来指定。";
    public override string UnknownCommand(string command) => $"我不认识 {command}。发送 /help 查看可用命令。";
    public override string NotUnderstood(string text) => $"我没看懂“{text}”。可以这样问：“下次直播是什么时候？”“谁讲过 Seata？”，或发送 /help。";
    public override string DidYouMean(string typed) => $"没有找到“{typed}”。你是不是想找：";
    public override string ShowingInstead(string corrected, string typed) => $"没有找到“{typed}”，以下是“{corrected}”：";
    public override string NextEventButton => "下一场活动";
    public override string AllEventsButton => "全部活动";
    public override string RemindersUnavailable => "这里没有提醒功能。";
    public override string UnknownStartLink => "这个链接指向的活动或讲师已找不到了。";
    public override string NoSuchButton(int number, int count) => count == 0 ? $"没有按钮 {number}：上一条回复没有按钮。" : $"没有按钮 {number}：上一条回复的按钮是 1–{count}。";
    public override string Stale => "这个按钮已过期，请重新发送命令。";

    public override string DateUnknown => "时间未知";
    public override string ClockTimeUnknown => "具体时间未公布";
    public override string Weekday(DayOfWeek day) => Weekdays[(int)day];
    public override string Form(EventForm form) => form switch
    {
        EventForm.Online => "线上直播",
        EventForm.Offline => "线下活动",
        EventForm.Hybrid => "线下 + 线上直播",
        _ => string.Empty,
    };

    public override string TimeLabel => "🕒 ";
    public override string VenueLabel => "📍 ";
    public override string LiveRoomLabel => "📺 直播间：";
    public override string RegistrationLabel => "📝 报名：";
    public override string EventLabel => "📅 ";
    public override string SpeakerLabel => "👤 ";
    public override string PastLabel => "已结束";
    public override string LiveNowLabel => "直播中";
    public override string UpcomingLabel => "即将开始";
    public override string TalksHeading => "议题";
    public override string MoreAboutEvent => "更多：";
    public override string EventsHeading(int total, int page, int pages) => $"活动（共 {total} 场）— 第 {page}/{pages} 页";
    public override string NoEvents => "还没有加载任何活动。";
    public override string NextHeading => "下一场活动";
    public override string NoUpcoming => "暂时没有已公布的后续活动。";
    public override string LatestPastHeading => "最近一场（已结束）：";
    public override string SentenceGap => string.Empty;
    public override string EventsOnDays(string days, int count) => $"{days}：{count} 场活动";
    public override string NoEventsOnDays(string days) => $"{days} 没有活动。";
    public override string NextEventIs(string title, string when) => $"下一场：{title}（{when}）";
    public override string EventNotFound(string query) => $"没有找到与“{query}”匹配的活动。试试 /events，或例如 /agenda channel 24。";
    public override string SeveralEvents(string query) => $"有多场活动与“{query}”匹配，请选择：";

    public override string AgendaHeading => "议程 · ";
    public override string NoAgenda => "页面上没有列出议题。";
    public override string AgendaImageLink => "议程图";
    public override string SlidesHeading => "资料 · ";
    public override string SlidesLink => "PPT";
    public override string ReplayLink => "回放";
    public override string NoSlidesPublished => "这场活动没有公开资料。";
    public override string NoSlidesYet => "资料还没有发布，通常在活动结束后公布。";
    public override string NoSlidesAnywhere => "还没有活动发布资料。";
    public override string SlidesNotFound(string query) => $"没有找到与“{query}”匹配的活动、议题或讲师。例如：/slides meetup 14、/slides Layotto、/slides 仪式";
    public override string TalkSlidesHeading(string title) => $"资料 · {title}";
    public override string TalkReplaysHeading(string title) => $"回放 · {title}";
    public override string TalkHasNoReplay(string title) => $"“{title}”没有公开回放。";
    public override string TalkHasNoSlides(string title) => $"“{title}”没有公开资料。";
    public override string LiveHeading => "直播间";
    public override string NoLiveStream => "这场活动在线下举办，页面上没有直播。";
    public override string NoLiveRoom => "页面上还没有直播间链接。";
    public override string ReplaysHeading => "当前没有直播或后续活动。最近一场有回放的活动：";
    public override string NoReplayYet => "回放通常在活动结束后发布。";
    public override string ReplayHeading => "回放 · ";
    public override string NoReplay => "没有公布回放链接。";
    public override string IcsCaption(string title) => $"“{title}”的日历文件，打开即可加入日历。";
    public override string IcsNoTime(string title) => $"“{title}”没有时间信息，无法生成日历。";

    public override string AliasesLabel => "花名：";
    public override string SpeakerTalksHeading(int count) => $"{count} 个分享";
    public override string TalkCount(int count) => $"{count} 个分享";
    public override string SpeakerNotFound(string name) => $"没有找到叫“{name}”的讲师。";
    public override string ClosestNames => "相近的名字：";
    public override string SeveralSpeakers(string name) => $"有多位讲师与“{name}”匹配，请选择：";
    public override string SearchHeading(string query, int count) => $"“{query}”：{count} 条结果";
    public override string TalksAboutHeading(string topic, int count) => $"讲过“{topic}”的分享：{count} 个";
    public override string PageOf(int page, int pages) => $"第 {page}/{pages} 页";
    public override string NarrowTheSearch => "关键词太长，无法翻页；请用更少的词再搜一次。";
    public override string NothingFound(string query) => $"没有找到“{query}”相关内容。换个或少一些关键词试试，例如 /search Layotto。";

    public override string AgendaButton => "议程";
    public override string SlidesButton => "资料";
    public override string LiveButton => "直播间";
    public override string ReplayButton => "回放";
    public override string EventButton => "活动";

    public override Reminders.AnnouncementStrings Announcements { get; } = new(
        "将在 {0}后开始", "马上开始", "已于 {0}前开始", "正在直播", "天", "天", "小时", "小时", "分钟", "分钟",
        "直播间", "地点", "线上", "议程", "<b>{0}</b> 的资料和回放已发布", "资料", "回放",
        "本周活动", "具体时间未公布", "<b>{0}</b> 改期至 {1}（原定 {2}）", ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]) { ListSeparator = "、" };

    public override Reminders.Commands.SubscriptionStrings Subscriptions { get; } = new(
        "订阅活动提醒：/subscribe 1d 1h 10m [channel|meetup]",
        "取消本群/本聊天的提醒",
        "查看本聊天的提醒设置和接下来的提醒",
        "设置本聊天的时区：/tz Asia/Shanghai",
        "用法：/subscribe [提前时间] [channel|meetup]，例如 /subscribe 1d 1h 10m。提前时间：1d、2h、30m、1h30m（最长 30 天，最多 5 个）。",
        "用法：/tz <IANA 时区>，例如 /tz Asia/Shanghai 或 /tz Europe/Berlin。",
        "无法识别“{0}”。",
        "不认识时区“{0}”，请使用 IANA 名称，例如 Asia/Shanghai。",
        "只有本群管理员可以修改提醒设置。",
        "暂时无法向 Telegram 确认你是否为本群管理员，请稍后再试。",
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

    public override EdgeTexts Edge { get; } = new(
        "抱歉，处理这条消息时出错了，请稍后再试。",
        "抱歉，只有机器人管理员可以使用这个命令。",
        "这个按钮已过期。",
        "👋 大家好，我是 @{0}，可以问我 SOFAStack 活动的时间、议程、讲师和资料：试试 /next、/agenda 或 /help。",
        "内容已重新加载：{0} 场活动，{1} 个议题。",
        "没有活动发生变化。",
        "新增",
        "变更",
        "删除",
        "解析失败的页面",
        "<b>统计</b>\n活动：{0}\n议题：{1}\n订阅的聊天：{2}\n上次加载：{3}\n运行时间：{4}\n本实例：{5}\n在线实例：{6}\n{7}\n内存：常驻 {8} MB，GC 堆 {9} MB（已提交 {10} MB），gen0 预算上限 {11} MB",
        "未统计");
}
