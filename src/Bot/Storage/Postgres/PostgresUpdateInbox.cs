using Dapper;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Storage.Postgres;

/// <summary>The update inbox on PostgreSQL: one row per update (its JSON as Telegram sent it, re-serialised), plus the
/// last id received in <c>telegram_state</c>, written in the same transaction. The same rules as SQLite's inbox, the
/// poison rule included; the rows counted at a start are taken
/// <c>FOR UPDATE SKIP LOCKED</c>, so two instances opening at once do not count one restart twice.</summary>
public sealed partial class PostgresUpdateInbox(PostgresDatabase database, TimeProvider time, ILogger<PostgresUpdateInbox> logger) : IUpdateInbox
{
    private const string LastReceivedKey = "last_received";

    /// <summary>Starts an update may be found in hand and unhandled before it is given up.</summary>
    public const int MaxRestarts = IUpdateInbox.MaxRestarts;

    public async Task<(int? LastReceived, IReadOnlyList<Update> Pending)> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var last = await db.ExecuteScalarAsync<long?>("SELECT value FROM telegram_state WHERE key = @LastReceivedKey", new { LastReceivedKey }, tx);
        await db.ExecuteAsync("""
            UPDATE telegram_inbox SET restarts = restarts + 1, in_hand = false
            WHERE update_id IN (SELECT update_id FROM telegram_inbox WHERE in_hand FOR UPDATE SKIP LOCKED)
            """, transaction: tx);
        var poison = await db.QueryAsync<long>(
            "DELETE FROM telegram_inbox WHERE restarts > @MaxRestarts RETURNING update_id", new { MaxRestarts }, tx);
        foreach (var id in poison)
        {
            LogPoison(id, MaxRestarts);
        }

        var rows = await db.QueryAsync<InboxRow>("SELECT update_id, body FROM telegram_inbox ORDER BY update_id", transaction: tx);
        await tx.CommitAsync(cancellationToken);
        var pending = new List<Update>();
        foreach (var row in rows)
        {
            if (UpdateJson.Read(row.Body) is { } update) pending.Add(update);
            else LogUnreadable(row.UpdateId);
        }

        return ((int?)last, pending);
    }

    public async Task<IReadOnlyList<Update>> AddAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0) return [];
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUniversalTime();
        var added = new List<Update>(updates.Count);
        foreach (var update in updates)
        {
            var body = UpdateJson.Write(update);
            if (await db.ExecuteAsync(
                    "INSERT INTO telegram_inbox (update_id, body, received_at) VALUES (@Id, @body, @now) ON CONFLICT (update_id) DO NOTHING",
                    new { update.Id, body, now }, tx) > 0)
            {
                added.Add(update);
            }
        }

        await db.ExecuteAsync("""
            INSERT INTO telegram_state (key, value) VALUES (@LastReceivedKey, @max)
            ON CONFLICT (key) DO UPDATE SET value = GREATEST(telegram_state.value, excluded.value)
            """, new { LastReceivedKey, max = (long)updates.Max(u => u.Id) }, tx);
        await tx.CommitAsync(cancellationToken);
        return added;
    }

    public async Task MarkInHandAsync(int updateId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("UPDATE telegram_inbox SET in_hand = true WHERE update_id = @updateId", new { updateId });
    }

    public async Task RemoveThroughAsync(int lastHandled, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM telegram_inbox WHERE update_id <= @lastHandled", new { lastHandled });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} was in hand and unhandled at {Restarts} stops in a row; it is dropped, as it may be what stops the bot")]
    private partial void LogPoison(long updateId, int restarts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Kept update {UpdateId} cannot be read back; it is skipped")]
    private partial void LogUnreadable(long updateId);
}
