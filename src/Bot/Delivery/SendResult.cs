namespace Bot.Delivery;

/// <summary>What Telegram made of one message, reduced to what delivery must do next.</summary>
public abstract record SendResult
{
    public sealed record Sent : SendResult;

    /// <summary>429: wait <paramref name="RetryAfter"/> for this chat, then resend.</summary>
    public sealed record TooManyRequests(TimeSpan RetryAfter) : SendResult;

    /// <summary>5xx, timeout, network: resend after a back-off.</summary>
    public sealed record Transient(string Reason) : SendResult;

    /// <summary>403 blocked/kicked, 400 chat not found: the chat is gone; deactivate it.</summary>
    public sealed record ChatGone(string Reason) : SendResult;

    /// <summary>Delivered, but under <paramref name="NewChatId"/>: the group had become a supergroup (the sender followed
    /// <c>migrate_to_chat_id</c>); the subscription and the chat's pending rows move there.</summary>
    public sealed record Migrated(long NewChatId) : SendResult;

    /// <summary>Any other refusal (bad HTML, too long): resending the same message cannot help.</summary>
    public sealed record Rejected(string Reason) : SendResult;
}
