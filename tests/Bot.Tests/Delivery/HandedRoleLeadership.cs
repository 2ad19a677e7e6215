using Bot.Storage;

namespace Bot.Tests.Delivery;

/// <summary>A cluster role the spec hands to the instance (<see cref="Grant"/>) and takes away (<see cref="Lose"/>), as
/// the database would when another instance dies or this one's connection breaks.</summary>
internal sealed class HandedRoleLeadership : ILeadership
{
    private readonly Lock _lock = new();
    private TaskCompletionSource<ILeadershipLease> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _current;
    private int _requests;

    /// <summary>How many times the instance has asked for the role.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public Task<ILeadershipLease> AcquireAsync(ClusterRole role, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        lock (_lock) return _next.Task.WaitAsync(cancellationToken);
    }

    public void Grant()
    {
        var lost = new CancellationTokenSource();
        lock (_lock)
        {
            _current = lost;
            _next.TrySetResult(new Lease(lost.Token));
        }
    }

    /// <summary>The role is gone: the lease reports it lost, and the next request waits for another <see cref="Grant"/>.</summary>
    public void Lose()
    {
        lock (_lock)
        {
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _current?.Cancel();
        }
    }

    private sealed class Lease(CancellationToken lost) : ILeadershipLease
    {
        public CancellationToken Lost => lost;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
