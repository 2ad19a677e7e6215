namespace Bot.Telegram;

/// <summary>The default gate: no limits of its own; a 429 is honoured by the sender's wait on that call alone.</summary>
internal sealed class ImmediateOutboundGate : IOutboundGate
{
    public ValueTask WaitAsync(OutboundCall call, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public void RetryAfter(OutboundCall call, TimeSpan retryAfter)
    {
    }
}
