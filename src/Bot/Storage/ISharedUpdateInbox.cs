using Telegram.Bot.Types;

namespace Bot.Storage;

/// <summary>Port for updates received by several instances that share one database (webhook mode behind a load
/// balancer): any instance may keep any update, and a chat's updates are handled by one instance at a time, in order.
/// An instance claims a chat for <see cref="ClaimFor"/> and renews the claim while it works on it; a claim that runs out
/// (the instance died) lets another instance take the chat over, the update it had in hand included.</summary>
public interface ISharedUpdateInbox
{
    /// <summary>How long a chat stays claimed without a renewal: what a killed instance's chats wait before another
    /// instance takes them over.</summary>
    TimeSpan ClaimFor { get; }

    /// <summary>Keeps the update under its chat; durable when it returns. False when it is a copy of one kept already,
    /// or of one handled within the last day (Telegram sends an update again when it missed the 200, possibly to
    /// another instance).</summary>
    Task<bool> AddAsync(Update update, long chatKey, CancellationToken cancellationToken);

    /// <summary>Claims the chat for this instance: true when it was free, its claim had run out, or it is already ours.</summary>
    Task<bool> TryClaimChatAsync(long chatKey, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> chats that have updates waiting and no live claim, the longest
    /// waiting first; returns them.</summary>
    Task<IReadOnlyList<long>> ClaimWaitingChatsAsync(int max, CancellationToken cancellationToken);

    /// <summary>Takes the chat's oldest update into hand, or null when it has none left or the chat is no longer this
    /// instance's. An update taken into hand before (its instance stopped or died with it) counts one restart; one found
    /// so at too many takes in a row is dropped as poison (<see cref="IUpdateInbox.MaxRestarts"/>).</summary>
    Task<Update?> TakeNextAsync(long chatKey, CancellationToken cancellationToken);

    /// <summary>The update is handled: it leaves the inbox and its id is remembered for a day.</summary>
    Task CompleteAsync(int updateId, CancellationToken cancellationToken);

    /// <summary>Gives the chat up when it has nothing waiting. True when the chat is no longer this instance's (given up,
    /// or its claim was lost); false when updates arrived meanwhile and it stays claimed.</summary>
    Task<bool> TryReleaseChatAsync(long chatKey, CancellationToken cancellationToken);

    /// <summary>Extends the claims on the chats this instance is working on.</summary>
    Task RenewAsync(IReadOnlyCollection<long> chatKeys, CancellationToken cancellationToken);

    /// <summary>A clean stop: gives every chat back at once, so other instances need not wait for the claims to run out.</summary>
    Task ReleaseAllAsync(CancellationToken cancellationToken);

    /// <summary>Kept updates written without a chat (by a single receiving instance, before a switch to shared
    /// receiving) get theirs, so they are handled too.</summary>
    Task AdoptAsync(Func<Update, long> chatKeyOf, CancellationToken cancellationToken);

    /// <summary>Forgets handled update ids older than a day.</summary>
    Task ForgetHandledAsync(CancellationToken cancellationToken);
}
