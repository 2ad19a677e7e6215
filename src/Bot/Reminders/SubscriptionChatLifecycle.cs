using Bot.Core.Conversation;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Logging;

namespace Bot.Reminders;

/// <summary>What happens to chats, applied to subscriptions: a chat the bot can no longer write to is deactivated (never
/// deleted, so coming back restores it), a group that became a supergroup keeps its subscription under the new id.</summary>
public sealed partial class SubscriptionChatLifecycle(ChatStore chats, OutboxStore outbox, ILogger<SubscriptionChatLifecycle> logger) : IChatLifecycle
{
    public async ValueTask BotAddedAsync(ChatRef chat, long addedByUserId, CancellationToken cancellationToken)
    {
        LogAdded(chat.Kind, chat.Id, addedByUserId);
        await chats.ReactivateAsync(chat.Id, cancellationToken);
    }

    public async ValueTask BotRemovedAsync(long chatId, ChatGoneReason reason, CancellationToken cancellationToken)
    {
        LogGone(chatId, reason);
        await chats.DeactivateAsync(chatId, reason.ToString(), cancellationToken);
        var dropped = await outbox.DropPendingForChatAsync(chatId, reason.ToString(), cancellationToken);
        LogDeactivated(chatId, reason, dropped);
    }

    public async ValueTask ChatMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        LogMigrated(fromChatId, toChatId);
        await chats.MigrateAsync(fromChatId, toChatId, cancellationToken);
        await outbox.RetargetAsync(fromChatId, toChatId, cancellationToken);
    }

    // The first three messages read as the edge's default lifecycle logs them, so the log tells one story either way.
    [LoggerMessage(Level = LogLevel.Information, Message = "Bot added to {ChatKind} chat {ChatId} by user {UserId}")]
    private partial void LogAdded(ChatKind chatKind, long chatId, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot can no longer write to chat {ChatId}: {Reason}")]
    private partial void LogGone(long chatId, ChatGoneReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {FromChatId} became supergroup {ToChatId}")]
    private partial void LogMigrated(long fromChatId, long toChatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} deactivated ({Reason}); {Dropped} pending announcements dropped")]
    private partial void LogDeactivated(long chatId, ChatGoneReason reason, int dropped);
}
