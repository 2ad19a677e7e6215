namespace Bot.Telegram;

public enum SendStatus
{
    Sent,
    /// <summary>403 or "chat not found": reported to <see cref="IChatLifecycle"/>; retrying is pointless.</summary>
    ChatGone,
    /// <summary>429 with a retry_after longer than the sender may wait.</summary>
    RateLimited,
    /// <summary>Refused (400) or still failing after retries (5xx, network, timeouts); logged.</summary>
    Failed,
}
