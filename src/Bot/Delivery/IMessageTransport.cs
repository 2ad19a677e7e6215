namespace Bot.Delivery;

/// <summary>Sends one already-admitted message to Telegram. The gate decides when; this only says what happened.</summary>
public interface IMessageTransport
{
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
