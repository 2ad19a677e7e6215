using Bot.Core.Conversation;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>The default <see cref="IChatLifecycle"/>: records each change in the log.</summary>
internal sealed partial class LoggingChatLifecycle(ILogger<LoggingChatLifecycle> logger) : IChatLifecycle
{
    public ValueTask BotAddedAsync(ChatRef chat, long addedByUserId, CancellationToken cancellationToken)
    {
        LogAdded(chat.Id, chat.Kind, addedByUserId);
        return ValueTask.CompletedTask;
    }

    public ValueTask BotRemovedAsync(long chatId, ChatGoneReason reason, CancellationToken cancellationToken)
    {
        LogRemoved(chatId, reason);
        return ValueTask.CompletedTask;
    }

    public ValueTask ChatMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        LogMigrated(fromChatId, toChatId);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot added to {ChatKind} chat {ChatId} by user {UserId}")]
    private partial void LogAdded(long chatId, ChatKind chatKind, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot can no longer write to chat {ChatId}: {Reason}")]
    private partial void LogRemoved(long chatId, ChatGoneReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {FromChatId} became supergroup {ToChatId}")]
    private partial void LogMigrated(long fromChatId, long toChatId);
}
