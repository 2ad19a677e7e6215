namespace Bot.Delivery;

/// <summary>Sends one announcement to Telegram, waiting its turn at the flood gate, and says what happened.</summary>
public interface IMessageTransport
{
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
