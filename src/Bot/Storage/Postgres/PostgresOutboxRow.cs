namespace Bot.Storage.Postgres;

/// <summary>Dapper's view of an <c>outbox</c> row on PostgreSQL (timestamptz reads as a UTC <see cref="DateTime"/>).</summary>
internal sealed class PostgresOutboxRow
{
    public long Id { get; set; }
    public string AnnouncementKey { get; set; } = string.Empty;
    public long ChatId { get; set; }
    public long? ThreadId { get; set; }
    public bool IsGroup { get; set; }
    public string Text { get; set; } = string.Empty;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? LastError { get; set; }

    public OutboxEntry ToEntry() => new(Id, AnnouncementKey, ChatId, (int?)ThreadId, IsGroup, Text, Attempts,
        new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)), LastError);
}
