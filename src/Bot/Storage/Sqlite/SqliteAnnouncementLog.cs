using Dapper;

namespace Bot.Storage.Sqlite;

/// <summary>The <c>announcements</c> table.</summary>
public sealed class SqliteAnnouncementLog(SqliteDatabase database, TimeProvider time) : IAnnouncementLog
{
    private const string MediaKind = IAnnouncementLog.MediaKind;
    private const string BaselineKey = "media-baseline";

    public async Task<IReadOnlySet<string>> EventsWithKnownMediaAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var ids = await db.QueryAsync<string>("SELECT event_id FROM announcements WHERE kind = @MediaKind AND event_id IS NOT NULL", new { MediaKind });
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> HasBaselineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM announcements WHERE key = @BaselineKey", new { BaselineKey }) > 0;
    }

    public async Task RecordAsync(IEnumerable<(string Key, string? EventId, string Kind)> entries, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToString("O");
        foreach (var (key, eventId, kind) in entries)
        {
            await db.ExecuteAsync(
                "INSERT OR IGNORE INTO announcements (key, event_id, kind, created_at) VALUES (@key, @eventId, @kind, @now)",
                new { key, eventId, kind, now }, tx);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public Task RecordBaselineAsync(CancellationToken cancellationToken = default) =>
        RecordAsync([(BaselineKey, null, "baseline")], cancellationToken);
}
