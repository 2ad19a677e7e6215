using System.Globalization;
using Bot.Core.Formatting;

namespace Bot.Telegram;

/// <summary>The few things the Telegram edge itself says (the conversation says everything else), per language:
/// Chinese for <c>zh*</c> codes, English otherwise, like the conversation.</summary>
internal sealed record EdgeTexts(
    string Apology,
    string NotAllowed,
    string StaleButton,
    string IntroductionFormat,
    string ReloadDone,
    string ReloadUnchanged,
    string Added,
    string Changed,
    string Removed,
    string FailedPages,
    string StatsFormat,
    string NotTracked)
{
    public static EdgeTexts English { get; } = new(
        "Sorry, something went wrong while answering that. Please try again in a moment.",
        "Sorry, only the bot's administrators may use this command.",
        "This button has expired.",
        "👋 Hi, I'm @{0}. Ask me about SOFAStack events: try /next, /agenda or /help.",
        "Content reloaded: {0} events, {1} talks.",
        "No event changed.",
        "Added",
        "Changed",
        "Removed",
        "Pages that failed",
        "<b>Stats</b>\nEvents: {0}\nTalks: {1}\nSubscribed chats: {2}\nLast reload: {3}\nUptime: {4}",
        "not tracked");

    public static EdgeTexts Chinese { get; } = new(
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
        "<b>统计</b>\n活动：{0}\n议题：{1}\n订阅的聊天：{2}\n上次加载：{3}\n运行时间：{4}",
        "未统计");

    public static EdgeTexts For(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public string Introduction(string? username) =>
        Html.Escape(string.Format(CultureInfo.InvariantCulture, IntroductionFormat, username ?? "bot"));
}
