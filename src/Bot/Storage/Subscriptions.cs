using Bot.Core.Reminders;
using Bot.Core.Conversation;

namespace Bot.Storage;

/// <summary>The conversation's subscription and time-zone ports over the chat store. <see cref="Changed"/> tells whoever
/// plans reminders (Telegram mode) that the subscriptions changed; offline nobody listens and the settings are simply
/// stored.</summary>
public sealed class Subscriptions(IChatStore chats) : ISubscriptions, IChatPreferences
{
    /// <summary>Raised after a chat subscribed or unsubscribed; handlers must not throw.</summary>
    public event Action? Changed;

    public async ValueTask<Subscription?> FindAsync(long chatId, CancellationToken cancellationToken = default) =>
        await chats.GetAsync(chatId, cancellationToken) is { Subscribed: true, Active: true } chat ? chat.ToSubscription() : null;

    public async ValueTask SubscribeAsync(ChatRef chat, string? languageCode, SubscribeRequest request, CancellationToken cancellationToken = default)
    {
        await chats.SubscribeAsync(chat.Id, chat.IsGroup, chat.ThreadId, languageCode, request.LeadTimes, request.Filter, cancellationToken);
        Changed?.Invoke();
    }

    public async ValueTask<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var was = await chats.UnsubscribeAsync(chatId, cancellationToken);
        Changed?.Invoke();
        return was;
    }

    public async ValueTask SetTimeZoneAsync(ChatRef chat, string zoneId, CancellationToken cancellationToken = default) =>
        await chats.SetTimeZoneAsync(chat.Id, chat.IsGroup, zoneId, cancellationToken);

    public ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) =>
        chats.GetTimeZoneAsync(chatId, cancellationToken);
}
