using Bot.Telegram.Sending;

namespace Bot.Reminders;

/// <summary>The production transport: announcements go out through the edge's single sender, which waits at the flood
/// gate, waits out a 429 for that chat only, follows a migration to the supergroup and reports a gone chat to the chat
/// lifecycle.</summary>
public sealed class SenderTransport(TelegramSender sender) : IMessageTransport
{
    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        sender.SendTextAsync(message.ChatId, message.Html, message.IsReminder ? SendPriority.Reminder : SendPriority.Broadcast,
            message.ThreadId, cancellationToken: cancellationToken);
}
