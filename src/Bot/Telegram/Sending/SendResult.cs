namespace Bot.Telegram.Sending;

/// <summary>What Telegram made of one call, kept whole so that callers decide by status, never by reading error texts.</summary>
/// <param name="ChatId">Where the call went: differs from the chat asked when a group had become a supergroup.</param>
/// <param name="MessageIds">Messages created (one per part sent), empty unless <see cref="SendStatus.Sent"/>.</param>
/// <param name="ErrorCode">Telegram's HTTP status when it refused or failed (400, 403, 429, 502…); null when sent, or
/// when no answer came (network, timeout).</param>
/// <param name="Error">Telegram's description or the network failure, for the log.</param>
/// <param name="RetryAfter">For <see cref="SendStatus.RateLimited"/>: how long Telegram asked this chat to wait.</param>
public sealed record SendResult(
    SendStatus Status, long ChatId, IReadOnlyList<int> MessageIds, int? ErrorCode = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    public bool IsSent => Status == SendStatus.Sent;

    public static SendResult Sent(long chatId, IReadOnlyList<int>? messageIds = null) => new(SendStatus.Sent, chatId, messageIds ?? []);
}
