using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Storage.Sqlite;

/// <summary>The update inbox in the bot's SQLite file: one row per update (its JSON as Telegram sent it, re-serialised),
/// plus the last id received in <c>telegram_state</c>, written in the same transaction.</summary>
public sealed partial class SqliteUpdateInbox(SqliteDatabase database, TimeProvider time, ILogger<SqliteUpdateInbox> logger) : IUpdateInbox
{
    private const string LastReceivedKey = "last_received";

    /// <summary>Starts an update may be found in hand and unhandled before it is given up.</summary>
    public const int MaxRestarts = IUpdateInbox.MaxRestarts;

    public async Task<(int? LastReceived, IReadOnlyList<Update> Pending)> OpenAsync(CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var last = await db.ExecuteScalarAsync<int?>("SELECT value FROM telegram_state WHERE key = @LastReceivedKey", new { LastReceivedKey }, tx);
        // An update in hand at several stops in a row is likely what brought the process down each time (a poison
        // update); it is dropped rather than handled into another crash. Updates only queued behind it (or behind a
        // slow chat) were never tried and count nothing.
        await db.ExecuteAsync("UPDATE telegram_inbox SET restarts = restarts + 1, in_hand = 0 WHERE in_hand = 1", transaction: tx);
        foreach (var id in await db.QueryAsync<long>("SELECT update_id FROM telegram_inbox WHERE restarts > @MaxRestarts", new { MaxRestarts }, tx))
        {
            LogPoison(id, MaxRestarts);
        }

        await db.ExecuteAsync("DELETE FROM telegram_inbox WHERE restarts > @MaxRestarts", new { MaxRestarts }, tx);
        var rows = await db.QueryAsync<InboxRow>("SELECT update_id, body FROM telegram_inbox ORDER BY update_id", transaction: tx);
        await tx.CommitAsync(cancellationToken);
        var pending = new List<Update>();
        foreach (var row in rows)
        {
            if (UpdateJson.Read(row.Body) is { } update) pending.Add(update);
            else LogUnreadable(row.UpdateId);
        }
        return (last, pending);
    }

    public async Task<IReadOnlyList<Update>> AddAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0) return [];
        // Keeping a batch and trimming handled ones run concurrently: they take turns (SqliteDatabase.OpenWriterAsync).
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var added = new List<Update>(updates.Count);
        // One statement prepared for the whole batch, its parameters rebound per update (a statement per update was
        // parsed and bound anew each time).
        await using var insert = db.CreateCommand();
        insert.Transaction = (SqliteTransaction)tx;
        insert.CommandText = "INSERT OR IGNORE INTO telegram_inbox (update_id, body, received_at) VALUES ($id, $body, $now)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O"));
        foreach (var update in updates)
        {
            id.Value = update.Id;
            body.Value = UpdateJson.Write(update);
            if (await insert.ExecuteNonQueryAsync(cancellationToken) > 0) added.Add(update);
        }
        await db.ExecuteAsync("""
            INSERT INTO telegram_state (key, value) VALUES (@LastReceivedKey, @max)
            ON CONFLICT (key) DO UPDATE SET value = MAX(value, excluded.value)
            """, new { LastReceivedKey, max = updates.Max(u => u.Id) }, tx);
        await tx.CommitAsync(cancellationToken);
        return added;
    }

    public Task MarkInHandAsync(int updateId, CancellationToken cancellationToken) =>
        WriteAsync(db => db.ExecuteAsync("UPDATE telegram_inbox SET in_hand = 1 WHERE update_id = @updateId", new { updateId }), cancellationToken);

    public Task RemoveThroughAsync(int lastHandled, CancellationToken cancellationToken) =>
        WriteAsync(db => db.ExecuteAsync("DELETE FROM telegram_inbox WHERE update_id <= @lastHandled", new { lastHandled }), cancellationToken);

    // The statement comes as a lambda, not as SQL plus an `object` of parameters: Dapper.AOT generates code only
    // where it sees the parameters' type, and a call it skips falls back to run-time code generation.
    private async Task WriteAsync(Func<SqliteConnection, Task<int>> statement, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await statement(writer.Connection);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} was in hand and unhandled at {Restarts} stops in a row; it is dropped, as it may be what stops the bot")]
    private partial void LogPoison(long updateId, int restarts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Kept update {UpdateId} cannot be read back; it is skipped")]
    private partial void LogUnreadable(long updateId);
}
