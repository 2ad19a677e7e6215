namespace Bot.Telegram;

/// <summary>Port in front of every call <see cref="TelegramSender"/> makes: the place for flood control. The default lets
/// everything through at once; the reminders feature replaces it (DI) with rate limiters and priority lanes.</summary>
public interface IOutboundGate
{
    /// <summary>Completes when <paramref name="call"/> may be made; called again before each retry.</summary>
    ValueTask WaitAsync(OutboundCall call, CancellationToken cancellationToken);

    /// <summary>Telegram answered 429 to <paramref name="call"/>: nothing more should go to its chat (or, for calls without
    /// a chat, anywhere) for <paramref name="retryAfter"/>. The sender itself then waits and retries the call once the
    /// gate lets it through again, unless <paramref name="retryAfter"/> exceeds <c>Telegram:MaxRetryAfterSeconds</c>.</summary>
    void RetryAfter(OutboundCall call, TimeSpan retryAfter);

    /// <summary>The call let through by the last <see cref="WaitAsync"/> has Telegram's answer, or failed: a gate that counts
    /// calls per second can start that call's second now (Telegram had it before it answered).</summary>
    void Completed(OutboundCall call)
    {
    }
}
