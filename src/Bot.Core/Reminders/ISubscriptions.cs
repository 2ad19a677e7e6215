using Bot.Core.Conversation;

namespace Bot.Core.Reminders;

/// <summary>Where chats' reminder settings live (the host stores them in SQLite and re-plans after each change).</summary>
public interface ISubscriptions
{
    /// <summary>The chat's settings if it is subscribed and reachable.</summary>
    ValueTask<Subscription?> FindAsync(long chatId, CancellationToken cancellationToken = default);

    ValueTask SubscribeAsync(ChatRef chat, string? languageCode, SubscribeRequest request, CancellationToken cancellationToken = default);

    /// <returns>Whether the chat was subscribed.</returns>
    ValueTask<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default);

    ValueTask SetTimeZoneAsync(ChatRef chat, string zoneId, CancellationToken cancellationToken = default);
}
