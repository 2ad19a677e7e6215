using Dapper;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>The <c>outbox</c> table shared by every instance. Reading pending rows claims them for this instance for
/// <see cref="ClaimFor"/> (<c>FOR UPDATE SKIP LOCKED</c>: instances reading at once take disjoint rows without waiting
/// for each other), so two instances never send the same row; the rows of an instance that died are taken over once
/// its claim has run out, or at once by the instance that takes the sending role over (<see cref="TakeOverClaimsAsync"/>);
/// one that stops gives its claims back (<see cref="DisposeAsync"/>). A (key, chat) pair is
/// unique, so writing an announcement twice queues it once.</summary>
public sealed class PostgresOutboxStore(PostgresDatabase database, TimeProvider time) : IOutboxStore, IAsyncDisposable
{
    /// <summary>Long enough for a full in-memory batch (1,000 rows) to go out at Telegram's 30 messages a second with
    /// room for flood waits; how late an instance's rows may be when it dies holding them.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public async Task<int> EnqueueAsync(IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = Now();
        var inserted = 0;
        foreach (var m in messages)
        {
            inserted += await db.ExecuteAsync("""
                INSERT INTO outbox (announcement_key, chat_id, thread_id, is_group, text, created_at)
                VALUES (@AnnouncementKey, @ChatId, @ThreadId, @IsGroup, @Html, @now)
                ON CONFLICT (announcement_key, chat_id) DO NOTHING
                """, new { m.AnnouncementKey, m.ChatId, m.ThreadId, m.IsGroup, m.Html, now }, tx);
        }

        await tx.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <summary>Rows this instance claimed before come back too (a rescan after a failed send).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, long afterId = 0, bool? reminders = null, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var now = Now();
        var rows = await db.QueryAsync<PostgresOutboxRow>("""
            WITH taken AS (
                SELECT id FROM outbox
                WHERE state = 'pending' AND id > @afterId
                  AND (claimed_until IS NULL OR claimed_until < @now OR claimed_by = @me)
                  AND (CAST(@reminders AS boolean) IS NULL OR starts_with(announcement_key, @prefix) = @reminders)
                ORDER BY id LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox SET claimed_by = @me, claimed_until = @until FROM taken WHERE outbox.id = taken.id
            RETURNING outbox.id, announcement_key, chat_id, thread_id, is_group, text, attempts, created_at, last_error
            """, new { limit, afterId, reminders, prefix = OutboxEntry.ReminderKeyPrefix, now, until = now + ClaimFor, me = database.InstanceId });
        return rows.OrderBy(r => r.Id).Select(r => r.ToEntry()).ToList();
    }

    public async Task<int> TakeOverClaimsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE state = 'pending' AND claimed_by <> @me", new { me = database.InstanceId });
    }

    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default) => MarkSentAsync([id], cancellationToken);

    public async Task MarkSentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // Npgsql directly: it sends the ids as one array parameter, where Dapper (and Dapper.AOT, through Dapper's
        // run-time list expansion, which a Native AOT publish cannot run) would treat the array as a list to expand.
        await using var command = new NpgsqlCommand(
            "UPDATE outbox SET state = 'sent', sent_at = @now, attempts = attempts + 1 WHERE id = ANY(@ids)", db);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.AddWithValue("now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordFailureAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("UPDATE outbox SET attempts = attempts + 1, last_error = @error WHERE id = @id", new { id, error });
    }

    public async Task MarkDroppedAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("UPDATE outbox SET state = 'dropped', last_error = @reason WHERE id = @id", new { id, reason });
    }

    public async Task<int> DropPendingForChatAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(
            "UPDATE outbox SET state = 'dropped', last_error = @reason WHERE chat_id = @chatId AND state = 'pending'", new { chatId, reason });
    }

    /// <summary>A row whose announcement the new id already has stays behind and is dropped with the old chat's rest.</summary>
    public async Task RetargetAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        await using (var db = await database.OpenAsync(cancellationToken))
        {
            await db.ExecuteAsync("""
                UPDATE outbox SET chat_id = @newChatId, is_group = true
                WHERE chat_id = @oldChatId AND state = 'pending'
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.chat_id = @newChatId AND o.announcement_key = outbox.announcement_key)
                """, new { oldChatId, newChatId });
        }

        await DropPendingForChatAsync(oldChatId, "migrated", cancellationToken);
    }

    public async Task<IReadOnlySet<long>> ChatsAnnouncedAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var chats = await db.QueryAsync<long>(
            "SELECT DISTINCT chat_id FROM outbox WHERE starts_with(announcement_key, @keyPrefix) AND state <> 'dropped'", new { keyPrefix });
        return chats.ToHashSet();
    }

    public async Task<int> CountAsync(string state, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox WHERE state = @state", new { state });
    }

    /// <summary>At a clean stop (the container disposes this before the database): the rows this instance claimed and
    /// did not send are free for the others, or for this one's next start, at once.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var db = await database.OpenAsync();
            await db.ExecuteAsync(
                "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = @me AND state = 'pending'", new { me = database.InstanceId });
        }
        catch (Exception ex) when (ex is NpgsqlException or DatabaseUnusableException or TimeoutException)
        {
            // The server is gone at stop: the claims simply run out (ClaimFor) and the rows are taken over then.
        }
    }

    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
