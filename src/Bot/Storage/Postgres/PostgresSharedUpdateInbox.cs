using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Telegram.Bot.Types;

namespace Bot.Storage.Postgres;

/// <summary>The update inbox shared by instances that all receive (webhook mode): <c>telegram_inbox</c> rows carry their
/// chat, <c>telegram_chat_claims</c> holds one row per chat being worked on (which instance, until when), and
/// <c>telegram_handled</c> remembers handled ids for a day. Claims are taken with an upsert on the chat's primary key,
/// so two instances never hold one chat; lease times come from the injected clock (instances' clocks must agree to
/// well within <see cref="ClaimFor"/>, as NTP keeps them).</summary>
public sealed partial class PostgresSharedUpdateInbox(PostgresDatabase database, TimeProvider time, ILogger<PostgresSharedUpdateInbox> logger)
    : ISharedUpdateInbox
{
    /// <summary>Short, since a killed instance's chats wait this long; renewed every sweep (well under a second).</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromSeconds(4);

    /// <summary>Telegram gives up re-sending an update after a day; a repeat is recognised that long.</summary>
    public static readonly TimeSpan RememberHandled = TimeSpan.FromDays(1);

    public TimeSpan ClaimFor => Claim;

    private string Me => database.InstanceId;

    private DateTimeOffset Now => time.GetUtcNow().ToUniversalTime();

    public async Task<bool> AddAsync(Update update, long chatKey, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var body = UpdateJson.Write(update);
        var now = Now;
        // One round trip, one implicit transaction, two statements: the second takes a fresh snapshot (read committed)
        // and so sees an instance that handled this id a moment ago, which removed it from the inbox and remembered it
        // in telegram_handled in one transaction; the copy just inserted then goes again. 1 row changed: kept; 0: a copy
        // is waiting already; 2: it was handled already.
        return await db.ExecuteAsync("""
            INSERT INTO telegram_inbox (update_id, body, received_at, chat_key) VALUES (@Id, @body, @now, @chatKey) ON CONFLICT (update_id) DO NOTHING;
            DELETE FROM telegram_inbox WHERE update_id = @Id AND EXISTS (SELECT 1 FROM telegram_handled WHERE update_id = @Id);
            """, new { update.Id, body, now, chatKey }) == 1;
    }

    public async Task<bool> TryClaimChatAsync(long chatKey, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var (now, until) = (Now, Now + Claim);
        return await db.ExecuteScalarAsync<long?>("""
            INSERT INTO telegram_chat_claims (chat_key, claimed_by, claimed_until) VALUES (@chatKey, @Me, @until)
            ON CONFLICT (chat_key) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
            WHERE telegram_chat_claims.claimed_until < @now OR telegram_chat_claims.claimed_by = @Me
            RETURNING chat_key
            """, new { chatKey, Me, until, now }) is not null;
    }

    public async Task<IReadOnlyList<long>> ClaimWaitingChatsAsync(int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var db = await database.OpenAsync(cancellationToken);
        var (now, until) = (Now, Now + Claim);
        // Two instances sweeping at once both try the insert; the second waits for the first and then finds a live
        // claim, so it updates nothing and returns nothing for that chat.
        return [.. await db.QueryAsync<long>("""
            INSERT INTO telegram_chat_claims (chat_key, claimed_by, claimed_until)
            SELECT i.chat_key, @Me, @until FROM telegram_inbox i
            WHERE i.chat_key IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM telegram_chat_claims c WHERE c.chat_key = i.chat_key AND c.claimed_until >= @now)
            GROUP BY i.chat_key ORDER BY MIN(i.update_id) LIMIT @max
            ON CONFLICT (chat_key) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
            WHERE telegram_chat_claims.claimed_until < @now
            RETURNING chat_key
            """, new { Me, until, now, max })];
    }

    public async Task<Update?> TakeNextAsync(long chatKey, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        while (true)
        {
            // Only while the chat is still ours: an instance that lost its claim (paused past it) must not go on.
            var row = await db.QuerySingleOrDefaultAsync<TakenRow>("""
                UPDATE telegram_inbox SET restarts = restarts + CASE WHEN in_hand THEN 1 ELSE 0 END, in_hand = true
                WHERE update_id = (SELECT MIN(update_id) FROM telegram_inbox WHERE chat_key = @chatKey)
                  AND EXISTS (SELECT 1 FROM telegram_chat_claims WHERE chat_key = @chatKey AND claimed_by = @Me)
                RETURNING update_id, body, restarts
                """, new { chatKey, Me });
            if (row is null) return null;
            if (row.Restarts > IUpdateInbox.MaxRestarts)
            {
                LogPoison(row.UpdateId, IUpdateInbox.MaxRestarts);
            }
            else if (UpdateJson.Read(row.Body) is { } update)
            {
                return update;
            }
            else
            {
                LogUnreadable(row.UpdateId);
            }

            await CompleteAsync(row.UpdateId, db);
        }
    }

    public async Task CompleteAsync(int updateId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await CompleteAsync(updateId, db);
    }

    private Task CompleteAsync(long updateId, NpgsqlConnection db)
    {
        var now = Now;
        // One statement, so the id is remembered in the same transaction that removes the update (AddAsync relies on it).
        return db.ExecuteAsync("""
            WITH gone AS (DELETE FROM telegram_inbox WHERE update_id = @updateId RETURNING update_id)
            INSERT INTO telegram_handled (update_id, handled_at) SELECT update_id, @now FROM gone ON CONFLICT (update_id) DO NOTHING
            """, new { updateId, now });
    }

    public async Task<bool> TryReleaseChatAsync(long chatKey, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // The outer SELECT reads the snapshot from before the DELETE: "mine" is whether the claim was ours before it.
        var row = await db.QuerySingleAsync<ReleaseRow>("""
            WITH released AS (
                DELETE FROM telegram_chat_claims
                WHERE chat_key = @chatKey AND claimed_by = @Me AND NOT EXISTS (SELECT 1 FROM telegram_inbox WHERE chat_key = @chatKey)
                RETURNING chat_key)
            SELECT (SELECT COUNT(*) FROM released) AS released,
                   EXISTS (SELECT 1 FROM telegram_chat_claims WHERE chat_key = @chatKey AND claimed_by = @Me) AS mine
            """, new { chatKey, Me });
        return row.Released > 0 || !row.Mine;
    }

    public async Task RenewAsync(IReadOnlyCollection<long> chatKeys, CancellationToken cancellationToken)
    {
        if (chatKeys.Count == 0) return;
        await using var db = await database.OpenAsync(cancellationToken);
        // Npgsql's array parameter directly: Dapper's list expansion is what a Native AOT publish rejects.
        await using var command = new NpgsqlCommand(
            "UPDATE telegram_chat_claims SET claimed_until = @until WHERE claimed_by = @me AND chat_key = ANY(@keys)", db);
        command.Parameters.AddWithValue("until", Now + Claim);
        command.Parameters.AddWithValue("me", Me);
        command.Parameters.AddWithValue("keys", chatKeys.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM telegram_chat_claims WHERE claimed_by = @Me", new { Me });
    }

    public async Task AdoptAsync(Func<Update, long> chatKeyOf, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        foreach (var row in await db.QueryAsync<InboxRow>("SELECT update_id, body FROM telegram_inbox WHERE chat_key IS NULL ORDER BY update_id"))
        {
            // An unreadable body gets chat 0: TakeNextAsync then logs and removes it like any unreadable update.
            var chatKey = UpdateJson.Read(row.Body) is { } update ? chatKeyOf(update) : 0;
            await db.ExecuteAsync("UPDATE telegram_inbox SET chat_key = @chatKey WHERE update_id = @UpdateId", new { chatKey, row.UpdateId });
        }
    }

    public async Task ForgetHandledAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var before = Now - RememberHandled;
        await db.ExecuteAsync("DELETE FROM telegram_handled WHERE handled_at < @before", new { before });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} was in hand and unhandled at {Restarts} stops in a row; it is dropped, as it may be what stops the bot")]
    private partial void LogPoison(long updateId, int restarts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Kept update {UpdateId} cannot be read back; it is skipped")]
    private partial void LogUnreadable(long updateId);
}

/// <summary>Dapper's view of an update taken into hand (a class: see <see cref="InboxRow"/>).</summary>
internal sealed class TakenRow
{
    public long UpdateId { get; set; }
    public string Body { get; set; } = string.Empty;
    public int Restarts { get; set; }
}

internal sealed class ReleaseRow
{
    public long Released { get; set; }
    public bool Mine { get; set; }
}
