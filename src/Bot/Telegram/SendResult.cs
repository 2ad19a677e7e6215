namespace Bot.Telegram;

/// <param name="ChatId">Where the message went: differs from the one asked when the group had migrated.</param>
/// <param name="MessageIds">Messages created (one per part sent), empty unless <see cref="SendStatus.Sent"/>.</param>
public sealed record SendResult(SendStatus Status, long ChatId, IReadOnlyList<int> MessageIds, string? Error = null)
{
    public bool IsSent => Status == SendStatus.Sent;
}
