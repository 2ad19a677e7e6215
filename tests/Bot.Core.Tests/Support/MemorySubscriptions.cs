using Bot.Core.Reminders;
using Bot.Core.Conversation;

namespace Bot.Core.Tests.Support;

/// <summary>Hand-written fake store for pure command tests.</summary>
public sealed class MemorySubscriptions : ISubscriptions, IChatAdmins
{
    public Dictionary<long, Subscription> Chats { get; } = [];
    public bool IsAdmin { get; set; } = true;

    public ValueTask<Subscription?> FindAsync(long chatId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Chats.GetValueOrDefault(chatId));

    public ValueTask SubscribeAsync(ChatRef chat, string? languageCode, SubscribeRequest request, CancellationToken cancellationToken = default)
    {
        Chats[chat.Id] = new Subscription(chat.Id, request.LeadTimes, request.Filter, Subscription.DefaultTimeZoneId, languageCode, chat.IsGroup);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default) => ValueTask.FromResult(Chats.Remove(chatId));

    public ValueTask SetTimeZoneAsync(ChatRef chat, string zoneId, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<ChatPermission> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(IsAdmin ? ChatPermission.Allowed : ChatPermission.Denied);
}
