namespace Bot.Storage;

/// <summary>What one instance at a time does when several share a database.</summary>
public enum ClusterRole
{
    /// <summary>Calls getUpdates: Telegram ends one poller's request with 409 when another polls with the same token.</summary>
    Polling = 1,

    /// <summary>Sends the outbox: one sender keeps the whole bot within Telegram's per-token limits.</summary>
    Sending = 2,
}

/// <summary>Elects the instance that plays a <see cref="ClusterRole"/>: the others wait and one of them takes over
/// when the player dies or gives the role up.</summary>
public interface ILeadership
{
    /// <summary>Completes once this instance plays <paramref name="role"/>; disposing the result gives it up.</summary>
    Task<ILeadershipLease> AcquireAsync(ClusterRole role, CancellationToken cancellationToken);
}

public interface ILeadershipLease : IAsyncDisposable
{
    /// <summary>Cancelled when this instance no longer plays the role although it did not give it up (its hold on the
    /// database broke, so another instance may play it already): stop at once.</summary>
    CancellationToken Lost { get; }
}

/// <summary>One process per database (SQLite): it plays every role from the start and never loses one.</summary>
public sealed class SoleInstanceLeadership : ILeadership, ILeadershipLease
{
    public CancellationToken Lost => CancellationToken.None;

    public Task<ILeadershipLease> AcquireAsync(ClusterRole role, CancellationToken cancellationToken) =>
        Task.FromResult<ILeadershipLease>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
