using Bot.Core.Conversation;

namespace Bot.Telegram;

/// <summary>Port for what happens to chats as a whole. The Telegram edge calls it; the default only logs; the reminders
/// feature replaces it (DI) to deactivate and move subscriptions. Calls come from the update pipeline (in order within a
/// chat) and from <see cref="Sending.TelegramSender"/> when Telegram refuses a send; implementations must be thread-safe and
/// should not throw (a throw is logged and otherwise ignored).</summary>
public interface IChatLifecycle
{
    /// <summary>The bot became a member (or administrator) of a group/supergroup/channel, or a user (re)started a private chat with it.</summary>
    ValueTask BotAddedAsync(ChatRef chat, long addedByUserId, CancellationToken cancellationToken);

    /// <summary>The bot can no longer write to the chat (removed, kicked, blocked, chat gone).</summary>
    ValueTask BotRemovedAsync(long chatId, ChatGoneReason reason, CancellationToken cancellationToken);

    /// <summary>A group became a supergroup: everything about <paramref name="fromChatId"/> now belongs to <paramref name="toChatId"/>.
    /// Reported once per service message or refused send; may be reported twice for one migration.</summary>
    ValueTask ChatMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken);
}
