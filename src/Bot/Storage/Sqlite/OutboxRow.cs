using System.Globalization;

namespace Bot.Storage.Sqlite;

/// <summary>Dapper's view of an <c>outbox</c> row.</summary>
internal sealed class OutboxRow
{
    public long Id { get; set; }
    public string AnnouncementKey { get; set; } = string.Empty;
    public long ChatId { get; set; }
    public long? ThreadId { get; set; }
    public bool IsGroup { get; set; }
    public string Text { get; set; } = string.Empty;
    public long Attempts { get; set; }
    public string CreatedAt { get; set; } = string.Empty;
    public string? LastError { get; set; }

    public OutboxEntry ToEntry() => new(Id, AnnouncementKey, ChatId, (int?)ThreadId, IsGroup, Text, (int)Attempts,
        DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), LastError);
}
