using Bot.Telegram;

namespace Bot.Delivery;

/// <summary>Announcements go out through the edge's single sender (TelegramSender), which passes the flood gate
/// (<see cref="FloodOutboundGate"/>), waits out a 429 for that chat only, follows a migration to the supergroup and
/// reports a gone chat to the chat lifecycle. What it could not do is mapped back for the outbox.</summary>
public sealed class SenderMessageTransport(TelegramSender sender) : IMessageTransport
{
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var priority = message.IsReminder ? OutboundPriority.Reminder : OutboundPriority.Broadcast;
        var result = await sender.SendTextAsync(message.ChatId, message.Html, priority, message.ThreadId, cancellationToken: cancellationToken);
        return result.Status switch
        {
            SendStatus.Sent when result.ChatId != message.ChatId => new SendResult.Migrated(result.ChatId),
            SendStatus.Sent => new SendResult.Sent(),
            SendStatus.ChatGone => new SendResult.ChatGone(result.Error ?? "chat gone"),
            // Telegram's refusals read "Bad Request: …" (400): resending the same text cannot help.
            SendStatus.Failed when result.Error?.StartsWith("Bad Request", StringComparison.OrdinalIgnoreCase) == true =>
                new SendResult.Rejected(result.Error),
            _ => new SendResult.Transient(result.Error ?? result.Status.ToString()),
        };
    }
}
