using Dapper;
using Microsoft.Data.Sqlite;

namespace Bot.Storage.Sqlite;

/// <summary>The <c>outbox</c> table; a (key, chat) pair is unique, so writing an announcement twice queues it once.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, TimeProvider time) : IOutboxStore
{
    public async Task<int> EnqueueAsync(IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        // One statement prepared for the whole announcement, its parameters rebound per chat.
        await using var insert = db.CreateCommand();
        insert.Transaction = (SqliteTransaction)tx;
        insert.CommandText = """
            INSERT OR IGNORE INTO outbox (announcement_key, chat_id, thread_id, is_group, text, created_at)
            VALUES ($key, $chat, $thread, $group, $html, $now)
            """;
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var chat = insert.Parameters.Add("$chat", SqliteType.Integer);
        var thread = insert.Parameters.Add("$thread", SqliteType.Integer);
        var group = insert.Parameters.Add("$group", SqliteType.Integer);
        var html = insert.Parameters.Add("$html", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", Now());
        var inserted = 0;
        foreach (var m in messages)
        {
            key.Value = m.AnnouncementKey;
            chat.Value = m.ChatId;
            thread.Value = m.ThreadId is { } topic ? topic : DBNull.Value;
            group.Value = m.IsGroup;
            html.Value = m.Html;
            inserted += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return inserted;
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, long afterId = 0, bool? reminders = null, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<OutboxRow>("""
            SELECT id, announcement_key, chat_id, thread_id, is_group, text, attempts, created_at, last_error FROM outbox
            WHERE state = 'pending' AND id > @afterId
              AND (@reminders IS NULL OR (substr(announcement_key, 1, length(@prefix)) = @prefix) = @reminders)
            ORDER BY id LIMIT @limit
            """, new { limit, afterId, reminders, prefix = OutboxEntry.ReminderKeyPrefix });
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>One process per file claims nothing: there is nothing to take over.</summary>
    public Task<int> TakeOverClaimsAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default) => MarkSentAsync([id], cancellationToken);

    public async Task MarkSentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = Now();
        foreach (var id in ids)
        {
            await db.ExecuteAsync("UPDATE outbox SET state = 'sent', sent_at = @now, attempts = attempts + 1 WHERE id = @id", new { id, now }, tx);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task RecordFailureAsync(long id, string error, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(db => db.ExecuteAsync("UPDATE outbox SET attempts = attempts + 1, last_error = @error WHERE id = @id", new { id, error }), cancellationToken);

    public async Task MarkDroppedAsync(long id, string reason, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(db => db.ExecuteAsync("UPDATE outbox SET state = 'dropped', last_error = @reason WHERE id = @id", new { id, reason }), cancellationToken);

    public async Task<int> DropPendingForChatAsync(long chatId, string reason, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(db => db.ExecuteAsync(
            "UPDATE outbox SET state = 'dropped', last_error = @reason WHERE chat_id = @chatId AND state = 'pending'", new { chatId, reason }), cancellationToken);

    public async Task RetargetAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(db => db.ExecuteAsync(
            "UPDATE OR IGNORE outbox SET chat_id = @newChatId, is_group = 1 WHERE chat_id = @oldChatId AND state = 'pending'",
            new { oldChatId, newChatId }), cancellationToken);
        await DropPendingForChatAsync(oldChatId, "migrated", cancellationToken);
    }

    public async Task<IReadOnlySet<long>> ChatsAnnouncedAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var chats = await db.QueryAsync<long>("""
            SELECT DISTINCT chat_id FROM outbox
            WHERE substr(announcement_key, 1, length(@keyPrefix)) = @keyPrefix AND state <> 'dropped'
            """, new { keyPrefix });
        return chats.ToHashSet();
    }

    public async Task<int> CountAsync(string state, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE state = @state", new { state });
    }

    // A lambda rather than SQL plus an `object` of parameters, so that Dapper.AOT sees each statement's parameters
    // (see SqliteUpdateInbox.WriteAsync). Only writes come through here.
    private async Task<int> ExecuteAsync(Func<SqliteConnection, Task<int>> statement, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        return await statement(db);
    }

    private string Now() => time.GetUtcNow().ToString("O");
}
