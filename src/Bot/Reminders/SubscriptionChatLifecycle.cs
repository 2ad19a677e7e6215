using Bot.Core.Conversation;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Logging;

namespace Bot.Reminders;

/// <summary>What happens to chats, applied to subscriptions: a chat the bot can no longer write to is deactivated (never
/// deleted, so coming back restores it), a group that became a supergroup keeps its subscription under the new id.</summary>
public sealed partial class SubscriptionChatLifecycle(ChatStore chats, OutboxStore outbox, ILogger<SubscriptionChatLifecycle> logger) : IChatLifecycle
{
    public async ValueTask BotAddedAsync(ChatRef chat, long addedByUserId, CancellationToken cancellationToken) =>
        await chats.ReactivateAsync(chat.Id, cancellationToken);

    public async ValueTask BotRemovedAsync(long chatId, ChatGoneReason reason, CancellationToken cancellationToken)
    {
        await chats.DeactivateAsync(chatId, reason.ToString(), cancellationToken);
        var dropped = await outbox.DropPendingForChatAsync(chatId, reason.ToString(), cancellationToken);
        LogDeactivated(chatId, reason, dropped);
    }

    public async ValueTask ChatMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        await chats.MigrateAsync(fromChatId, toChatId, cancellationToken);
        await outbox.RetargetAsync(fromChatId, toChatId, cancellationToken);
        LogMigrated(fromChatId, toChatId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} deactivated ({Reason}); {Dropped} pending announcements dropped")]
    private partial void LogDeactivated(long chatId, ChatGoneReason reason, int dropped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {FromChatId} is now supergroup {ToChatId}; its subscription moved")]
    private partial void LogMigrated(long fromChatId, long toChatId);
}
