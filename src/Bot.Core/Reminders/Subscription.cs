using Bot.Core.Catalog;

namespace Bot.Core.Reminders;

/// <summary>One chat's reminder settings as the planner and the renderer need them.</summary>
/// <param name="LeadTimes">Before each event, longest first; "starting now" is implied.</param>
/// <param name="Language">Telegram language code of whoever subscribed; <c>zh*</c> → Chinese, else English.</param>
public sealed record Subscription(
    long ChatId,
    IReadOnlyList<TimeSpan> LeadTimes,
    SeriesFilter Filter,
    string TimeZoneId,
    string? Language,
    bool IsGroup = false,
    int? ThreadId = null)
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public bool Wants(TimeSpan lead) => lead == LeadTime.Now || LeadTimes.Contains(lead);
}
