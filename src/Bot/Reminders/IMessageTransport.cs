using Bot.Telegram.Sending;

namespace Bot.Reminders;

/// <summary>Sends one announcement to Telegram, waiting its turn at the flood gate, and says what happened. A chat that
/// is gone or became a supergroup is reported to the chat lifecycle by the transport, as the edge does for every call;
/// the outbox only records the row's own outcome.</summary>
public interface IMessageTransport
{
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
