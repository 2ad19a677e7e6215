namespace Bot.Storage;

/// <summary>The persisted outbox: one row per (announcement key, chat). Rows are written before sending and marked sent
/// only after Telegram accepted them, so a crash can at most repeat what was in flight.</summary>
public interface IOutboxStore
{
    /// <returns>How many rows were new (a key already queued for a chat is ignored: at most once per chat).</returns>
    Task<int> EnqueueAsync(IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Oldest pending rows first, after <paramref name="afterId"/>; only reminders or only the other
    /// announcements when <paramref name="reminders"/> says so.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, long afterId = 0, bool? reminders = null, CancellationToken cancellationToken = default);

    /// <summary>This instance has just become the one that sends (<see cref="ClusterRole.Sending"/>): rows other
    /// instances claimed are its own to send from now, without waiting for their claims to run out. Only the sender
    /// claims, so such a claim belongs to a sender that died or lost the role.</summary>
    /// <returns>How many rows were taken over.</returns>
    Task<int> TakeOverClaimsAsync(CancellationToken cancellationToken = default);

    Task MarkSentAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>One transaction for a batch: at broadcast rates a commit per message makes the database the bottleneck.</summary>
    Task MarkSentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>A transient failure: the row stays pending, its attempts and last error are recorded.</summary>
    Task RecordFailureAsync(long id, string error, CancellationToken cancellationToken = default);

    /// <summary>Gives up on a row for good (chat gone, message rejected); the reason stays for the log and /stats.</summary>
    Task MarkDroppedAsync(long id, string reason, CancellationToken cancellationToken = default);

    Task<int> DropPendingForChatAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>A migrated group: pending rows follow it to the new id (unless the new id already has that announcement).</summary>
    Task RetargetAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default);

    /// <summary>The chats that were sent, or are about to be sent, an announcement whose key starts with the prefix.</summary>
    Task<IReadOnlySet<long>> ChatsAnnouncedAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>Rows in a state (<c>pending</c>, <c>sent</c>, <c>dropped</c>).</summary>
    Task<int> CountAsync(string state, CancellationToken cancellationToken = default);
}
