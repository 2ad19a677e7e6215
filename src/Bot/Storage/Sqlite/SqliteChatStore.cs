using System.Collections.Concurrent;
using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Dapper;
using Microsoft.Extensions.Caching.Memory;

namespace Bot.Storage.Sqlite;

/// <summary>The <c>chats</c> table.</summary>
/// <param name="timeZoneCacheCapacity">How many chats' time zones are kept in memory at most.</param>
public sealed class SqliteChatStore(SqliteDatabase database, TimeProvider time, int timeZoneCacheCapacity = SqliteChatStore.TimeZoneCacheCapacity)
    : IChatStore, IDisposable
{
    public const int TimeZoneCacheCapacity = 10_000;

    private const string Columns = "chat_id, is_group, thread_id, language, time_zone, subscribed, lead_times, series_filter, active, deactivated_reason, migrated_to";

    // Every command reads its chat's time zone; only /tz and a migration change it, both through this store. Bounded
    // (a bot in many chats must not keep every chat it ever saw) and a chat quiet for an hour is read again when it asks.
    private readonly MemoryCache _timeZones = new(new MemoryCacheOptions { SizeLimit = timeZoneCacheCapacity });
    private static readonly MemoryCacheEntryOptions TimeZoneEntry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };

    // Deactivated chats (blocked, kicked…), so that every incoming message can ask "was this chat deactivated?" without a
    // database round trip. Loaded on first use, then kept by this store: the process is the database's only writer.
    private ConcurrentDictionary<long, byte>? _inactive;
    private readonly SemaphoreSlim _loadingInactive = new(1, 1);

    /// <summary>From memory after the first read.</summary>
    public async ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default)
    {
        if (_timeZones.TryGetValue(chatId, out string? cached)) return cached;
        var zone = (await GetAsync(chatId, cancellationToken))?.TimeZone;
        _timeZones.Set(chatId, zone, TimeZoneEntry);
        return zone;
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
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await db.ExecuteAsync("""
            INSERT INTO chats (chat_id, is_group, thread_id, language, subscribed, lead_times, series_filter, active, updated_at)
            VALUES (@chatId, @isGroup, @threadId, @language, 1, @leads, @filter, 1, @now)
            ON CONFLICT (chat_id) DO UPDATE SET is_group = excluded.is_group, thread_id = excluded.thread_id,
                language = COALESCE(excluded.language, chats.language), subscribed = 1, lead_times = excluded.lead_times,
                series_filter = excluded.series_filter, active = 1, deactivated_reason = NULL, updated_at = excluded.updated_at
            """, new { chatId, isGroup, threadId, language, leads = LeadTime.FormatList(leadTimes), filter = filter.ToString(), now = Now() });
        (await InactiveAsync(cancellationToken)).TryRemove(chatId, out _);
    }

    public async Task<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        return await db.ExecuteAsync(
            "UPDATE chats SET subscribed = 0, updated_at = @now WHERE chat_id = @chatId AND subscribed = 1", new { chatId, now = Now() }) > 0;
    }

    public async Task SetTimeZoneAsync(long chatId, bool isGroup, string zoneId, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await db.ExecuteAsync("""
            INSERT INTO chats (chat_id, is_group, time_zone, updated_at) VALUES (@chatId, @isGroup, @zoneId, @now)
            ON CONFLICT (chat_id) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at
            """, new { chatId, isGroup, zoneId, now = Now() });
        _timeZones.Set(chatId, zoneId, TimeZoneEntry);
    }

    public async Task<IReadOnlyList<Subscription>> ActiveSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ChatRow>($"SELECT {Columns} FROM chats WHERE subscribed = 1 AND active = 1 ORDER BY chat_id");
        return rows.Select(r => r.ToRecord().ToSubscription()).ToList();
    }

    /// <summary>SQLite folds the rows to their few distinct lead-time lists; only those are parsed.</summary>
    public async Task<IReadOnlySet<TimeSpan>> LeadTimesInUseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var lists = await db.QueryAsync<string>("SELECT DISTINCT lead_times FROM chats WHERE subscribed = 1 AND active = 1");
        return lists.SelectMany(LeadTime.ParseList).ToHashSet();
    }

    public async Task<int> CountSubscribersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM chats WHERE subscribed = 1 AND active = 1");
    }

    public async Task<bool> DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        bool changed;
        await using (var writer = await database.OpenWriterAsync(cancellationToken))
        {
            changed = await writer.Connection.ExecuteAsync("""
                INSERT INTO chats (chat_id, active, deactivated_reason, updated_at) VALUES (@chatId, 0, @reason, @now)
                ON CONFLICT (chat_id) DO UPDATE SET active = 0, deactivated_reason = excluded.deactivated_reason, updated_at = excluded.updated_at
                """, new { chatId, reason, now = Now() }) > 0;
        }

        if (changed) (await InactiveAsync(cancellationToken)).TryAdd(chatId, 0);
        return changed;
    }

    public async Task<bool> ReactivateAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var inactive = await InactiveAsync(cancellationToken);
        if (!inactive.ContainsKey(chatId)) return false;
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        var changed = await db.ExecuteAsync(
            "UPDATE chats SET active = 1, deactivated_reason = NULL, updated_at = @now WHERE chat_id = @chatId AND active = 0 AND migrated_to IS NULL",
            new { chatId, now = Now() }) > 0;
        inactive.TryRemove(chatId, out _);
        return changed;
    }

    public async Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync($"""
            INSERT OR REPLACE INTO chats ({Columns}, updated_at)
            SELECT @newChatId, 1, thread_id, language, time_zone, subscribed, lead_times, series_filter, 1, NULL, NULL, @now
            FROM chats WHERE chat_id = @oldChatId AND migrated_to IS NULL
            """, new { oldChatId, newChatId, now = Now() }, tx);
        await db.ExecuteAsync(
            "UPDATE chats SET active = 0, deactivated_reason = 'migrated', migrated_to = @newChatId, updated_at = @now WHERE chat_id = @oldChatId",
            new { oldChatId, newChatId, now = Now() }, tx);
        await tx.CommitAsync(cancellationToken);
        _timeZones.Remove(newChatId);
        var inactive = await InactiveAsync(cancellationToken);
        inactive.TryRemove(oldChatId, out _);
        inactive.TryRemove(newChatId, out _);
    }

    /// <summary>Chats whose time zone is in memory (specs).</summary>
    internal int CachedTimeZones => _timeZones.Count;

    public void Dispose()
    {
        _timeZones.Dispose();
        _loadingInactive.Dispose();
    }

    private async ValueTask<ConcurrentDictionary<long, byte>> InactiveAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _inactive) is { } known) return known;
        await _loadingInactive.WaitAsync(cancellationToken);
        try
        {
            if (_inactive is { } loaded) return loaded;
            await using var db = await database.OpenAsync(cancellationToken);
            var ids = await db.QueryAsync<long>("SELECT chat_id FROM chats WHERE active = 0 AND migrated_to IS NULL");
            var inactive = new ConcurrentDictionary<long, byte>(ids.Select(id => KeyValuePair.Create(id, (byte)0)));
            Volatile.Write(ref _inactive, inactive);
            return inactive;
        }
        finally
        {
            _loadingInactive.Release();
        }
    }

    private string Now() => time.GetUtcNow().ToString("O");
}
