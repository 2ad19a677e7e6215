using Bot.Core.Catalog;
using Bot.Core.Reminders;

namespace Bot.Storage;

/// <summary>Dapper's view of a <c>chats</c> row (snake_case columns map by <c>MatchNamesWithUnderscores</c>).</summary>
internal sealed class ChatRow
{
    public long ChatId { get; set; }
    public bool IsGroup { get; set; }
    public long? ThreadId { get; set; }
    public string? Language { get; set; }
    public string? TimeZone { get; set; }
    public bool Subscribed { get; set; }
    public string LeadTimes { get; set; } = string.Empty;
    public string SeriesFilter { get; set; } = nameof(Core.Catalog.SeriesFilter.All);
    public bool Active { get; set; }
    public string? DeactivatedReason { get; set; }
    public long? MigratedTo { get; set; }

    public ChatRecord ToRecord() => new(
        ChatId, IsGroup, (int?)ThreadId, Language, TimeZone, Subscribed, LeadTime.ParseList(LeadTimes),
        Enum.TryParse<SeriesFilter>(SeriesFilter, out var filter) ? filter : Core.Catalog.SeriesFilter.All,
        Active, DeactivatedReason, MigratedTo);
}
