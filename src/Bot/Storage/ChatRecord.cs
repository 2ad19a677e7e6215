using Bot.Core.Catalog;
using Bot.Core.Reminders;

namespace Bot.Storage;

/// <summary>A chat as stored: its settings and whether we may still write to it.</summary>
public sealed record ChatRecord(
    long ChatId,
    bool IsGroup,
    int? ThreadId,
    string? Language,
    string? TimeZone,
    bool Subscribed,
    IReadOnlyList<TimeSpan> LeadTimes,
    SeriesFilter Filter,
    bool Active,
    string? DeactivatedReason,
    long? MigratedTo)
{
    public Subscription ToSubscription() =>
        new(ChatId, LeadTimes, Filter, TimeZone ?? Subscription.DefaultTimeZoneId, Language, IsGroup, ThreadId);
}
