using Bot.Core.Catalog;
using Bot.Core.Reminders;

namespace Bot.Storage;

/// <summary>Chats and their subscriptions. A chat that blocks or removes the bot is deactivated, never deleted.</summary>
public interface IChatStore
{
    /// <summary>The chat's time zone (null: none set). Read by every command, so implementations may keep it in memory;
    /// only <see cref="SetTimeZoneAsync"/> and <see cref="MigrateAsync"/> change it.</summary>
    ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default);

    Task<ChatRecord?> GetAsync(long chatId, CancellationToken cancellationToken = default);

    /// <summary>Subscribes (or updates the subscription of) the chat and makes it active again.</summary>
    Task SubscribeAsync(
        long chatId, bool isGroup, int? threadId, string? language, IReadOnlyList<TimeSpan> leadTimes, SeriesFilter filter,
        CancellationToken cancellationToken = default);

    /// <returns>Whether the chat was subscribed.</returns>
    Task<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default);

    Task SetTimeZoneAsync(long chatId, bool isGroup, string zoneId, CancellationToken cancellationToken = default);

    /// <summary>Subscribed chats the bot may still write to, by chat id.</summary>
    Task<IReadOnlyList<Subscription>> ActiveSubscriptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The distinct lead times of the active subscriptions: all the reminder plan needs from the chats.</summary>
    Task<IReadOnlySet<TimeSpan>> LeadTimesInUseAsync(CancellationToken cancellationToken = default);

    Task<int> CountSubscribersAsync(CancellationToken cancellationToken = default);

    /// <summary>403 "blocked", "chat not found", or my_chat_member left/kicked: stop writing, keep the settings.</summary>
    Task<bool> DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The bot was added back, got its rights back, or the chat wrote: the old subscription resumes. Cheap for
    /// a chat that is active (every incoming message asks).</summary>
    /// <returns>Whether the chat had been deactivated (and now is active again).</returns>
    Task<bool> ReactivateAsync(long chatId, CancellationToken cancellationToken = default);

    /// <summary>A group upgraded to a supergroup: its settings move to the new id; the old row points there.</summary>
    Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default);
}
