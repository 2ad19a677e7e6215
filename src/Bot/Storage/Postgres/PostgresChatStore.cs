using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Dapper;

namespace Bot.Storage.Postgres;

/// <summary>The <c>chats</c> table. Unlike SQLite's store this one keeps nothing in memory (time zones, deactivated
/// chats): other instances write the same rows, and a chat's next update may reach any of them. Each read is one
/// primary-key lookup.</summary>
public sealed class PostgresChatStore(PostgresDatabase database, TimeProvider time) : IChatStore
{
    private const string Columns = "chat_id, is_group, thread_id, language, time_zone, subscribed, lead_times, series_filter, active, deactivated_reason, migrated_to";

    public async ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<string?>("SELECT time_zone FROM chats WHERE chat_id = @chatId", new { chatId });
    }

    public async Task<ChatRecord?> GetAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ChatRow>($"SELECT {Columns} FROM chats WHERE chat_id = @chatId", new { chatId });
        return row?.ToRecord();
    }

    public async Task SubscribeAsync(
        long chatId, bool isGroup, int? threadId, string? language, IReadOnlyList<TimeSpan> leadTimes, SeriesFilter filter,
        CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("""
            INSERT INTO chats (chat_id, is_group, thread_id, language, subscribed, lead_times, series_filter, active, updated_at)
            VALUES (@chatId, @isGroup, @threadId, @language, true, @leads, @filter, true, @now)
            ON CONFLICT (chat_id) DO UPDATE SET is_group = excluded.is_group, thread_id = excluded.thread_id,
                language = COALESCE(excluded.language, chats.language), subscribed = true, lead_times = excluded.lead_times,
                series_filter = excluded.series_filter, active = true, deactivated_reason = NULL, updated_at = excluded.updated_at
            """, new { chatId, isGroup, threadId, language, leads = LeadTime.FormatList(leadTimes), filter = filter.ToString(), now = Now() });
    }

    public async Task<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(
            "UPDATE chats SET subscribed = false, updated_at = @now WHERE chat_id = @chatId AND subscribed", new { chatId, now = Now() }) > 0;
    }

    public async Task SetTimeZoneAsync(long chatId, bool isGroup, string zoneId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("""
            INSERT INTO chats (chat_id, is_group, time_zone, updated_at) VALUES (@chatId, @isGroup, @zoneId, @now)
            ON CONFLICT (chat_id) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at
            """, new { chatId, isGroup, zoneId, now = Now() });
    }

    public async Task<IReadOnlyList<Subscription>> ActiveSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ChatRow>($"SELECT {Columns} FROM chats WHERE subscribed AND active ORDER BY chat_id");
        return rows.Select(r => r.ToRecord().ToSubscription()).ToList();
    }

    /// <summary>The server folds the rows to their few distinct lead-time lists; only those are parsed.</summary>
    public async Task<IReadOnlySet<TimeSpan>> LeadTimesInUseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var lists = await db.QueryAsync<string>("SELECT DISTINCT lead_times FROM chats WHERE subscribed AND active");
        return lists.SelectMany(LeadTime.ParseList).ToHashSet();
    }

    public async Task<int> CountSubscribersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM chats WHERE subscribed AND active");
    }

    public async Task<bool> DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync("""
            INSERT INTO chats (chat_id, active, deactivated_reason, updated_at) VALUES (@chatId, false, @reason, @now)
            ON CONFLICT (chat_id) DO UPDATE SET active = false, deactivated_reason = excluded.deactivated_reason, updated_at = excluded.updated_at
            """, new { chatId, reason, now = Now() }) > 0;
    }

    /// <summary>For an active chat the update matches no row and writes nothing.</summary>
    public async Task<bool> ReactivateAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(
            "UPDATE chats SET active = true, deactivated_reason = NULL, updated_at = @now WHERE chat_id = @chatId AND NOT active AND migrated_to IS NULL",
            new { chatId, now = Now() }) > 0;
    }

    public async Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var now = Now();
        await db.ExecuteAsync($"""
            INSERT INTO chats ({Columns}, updated_at)
            SELECT @newChatId, true, thread_id, language, time_zone, subscribed, lead_times, series_filter, true, NULL, NULL, @now
            FROM chats WHERE chat_id = @oldChatId AND migrated_to IS NULL
            ON CONFLICT (chat_id) DO UPDATE SET is_group = true, thread_id = excluded.thread_id, language = excluded.language,
                time_zone = excluded.time_zone, subscribed = excluded.subscribed, lead_times = excluded.lead_times,
                series_filter = excluded.series_filter, active = true, deactivated_reason = NULL, migrated_to = NULL,
                updated_at = excluded.updated_at
            """, new { oldChatId, newChatId, now }, tx);
        await db.ExecuteAsync(
            "UPDATE chats SET active = false, deactivated_reason = 'migrated', migrated_to = @newChatId, updated_at = @now WHERE chat_id = @oldChatId",
            new { oldChatId, newChatId, now }, tx);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>timestamptz takes only UTC offsets from Npgsql.</summary>
    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
