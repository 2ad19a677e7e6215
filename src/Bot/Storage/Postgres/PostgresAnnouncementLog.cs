using Dapper;

namespace Bot.Storage.Postgres;

/// <summary>The <c>announcements</c> table.</summary>
public sealed class PostgresAnnouncementLog(PostgresDatabase database, TimeProvider time) : IAnnouncementLog
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
        return await db.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM announcements WHERE key = @BaselineKey)", new { BaselineKey });
    }

    public async Task RecordAsync(IEnumerable<(string Key, string? EventId, string Kind)> entries, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUniversalTime();
        foreach (var (key, eventId, kind) in entries)
        {
            await db.ExecuteAsync(
                "INSERT INTO announcements (key, event_id, kind, created_at) VALUES (@key, @eventId, @kind, @now) ON CONFLICT (key) DO NOTHING",
                new { key, eventId, kind, now }, tx);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public Task RecordBaselineAsync(CancellationToken cancellationToken = default) =>
        RecordAsync([(BaselineKey, null, "baseline")], cancellationToken);
}
