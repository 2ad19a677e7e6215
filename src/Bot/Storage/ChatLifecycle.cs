using Bot.Core.Conversation;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>What happens to chats as a whole, applied to what is stored about them: a chat the bot can no longer write
/// to is deactivated (never deleted, so coming back restores it) and its pending announcements dropped; a group that
/// became a supergroup keeps its subscription and pending announcements under the new id. The Telegram edge reports
/// here from the update pipeline (in order within a chat) and from the sender when Telegram refuses a send.</summary>
public sealed partial class ChatLifecycle(IChatStore chats, IOutboxStore outbox, ILogger<ChatLifecycle> logger)
{
    /// <summary>The bot became a member (or administrator) of a group/supergroup/channel, or a user (re)started a private chat with it.</summary>
    public async ValueTask BotAddedAsync(ChatRef chat, long addedByUserId, CancellationToken cancellationToken)
    {
        LogAdded(chat.Kind, chat.Id, addedByUserId);
        await CanWriteAgainAsync(chat.Id, ChatBackReason.Added, cancellationToken);
    }

    /// <summary>Telegram showed the bot may write to the chat (rights restored, a message from it): a deactivated chat
    /// is active again; for an active one nothing happens.</summary>
    public async ValueTask CanWriteAgainAsync(long chatId, ChatBackReason reason, CancellationToken cancellationToken)
    {
        if (await chats.ReactivateAsync(chatId, cancellationToken)) LogReactivated(chatId, reason);
    }

    /// <summary>The bot can no longer write to the chat (removed, kicked, blocked, chat gone).</summary>
    public async ValueTask BotRemovedAsync(long chatId, ChatGoneReason reason, CancellationToken cancellationToken)
    {
        LogGone(chatId, reason);
        await chats.DeactivateAsync(chatId, reason.ToString(), cancellationToken);
        var dropped = await outbox.DropPendingForChatAsync(chatId, reason.ToString(), cancellationToken);
        LogDeactivated(chatId, reason, dropped);
    }

    /// <summary>A group became a supergroup: everything about <paramref name="fromChatId"/> now belongs to <paramref name="toChatId"/>.
    /// Reported once per service message or refused send; may be reported twice for one migration.</summary>
    public async ValueTask ChatMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        LogMigrated(fromChatId, toChatId);
        await chats.MigrateAsync(fromChatId, toChatId, cancellationToken);
        await outbox.RetargetAsync(fromChatId, toChatId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot added to {ChatKind} chat {ChatId} by user {UserId}")]
    private partial void LogAdded(ChatKind chatKind, long chatId, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} reactivated ({Reason}); its subscription resumes")]
    private partial void LogReactivated(long chatId, ChatBackReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot can no longer write to chat {ChatId}: {Reason}")]
    private partial void LogGone(long chatId, ChatGoneReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {FromChatId} became supergroup {ToChatId}")]
    private partial void LogMigrated(long fromChatId, long toChatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} deactivated ({Reason}); {Dropped} pending announcements dropped")]
    private partial void LogDeactivated(long chatId, ChatGoneReason reason, int dropped);
}
