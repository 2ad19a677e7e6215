namespace Bot.Telegram.Sending;

public enum SendStatus
{
    Sent,
    /// <summary>403 blocked/kicked/not a member/deactivated (<see cref="ForbiddenForGood"/>), or 400 "chat not found":
    /// reported to the chat lifecycle; retrying is pointless.</summary>
    ChatGone,
    /// <summary>429 with a retry_after longer than the sender may wait; the flood gate holds the chat meanwhile.</summary>
    RateLimited,
    /// <summary>400: Telegram refused the call itself (HTML it cannot parse, text too long…); sending it again cannot help.</summary>
    Rejected,
    /// <summary>Not done for a reason that may pass: still failing after the sender's retries (5xx, network, timeouts),
    /// or a refusal about the bot rather than the call (401 for a revoked token, 403 while admins restrict the bot).</summary>
    Failed,
}
