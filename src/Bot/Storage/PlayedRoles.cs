namespace Bot.Storage;

/// <summary>The cluster roles this instance plays right now, for its heartbeat and /stats.</summary>
public sealed class PlayedRoles
{
    private readonly Lock _lock = new();
    private readonly SortedSet<ClusterRole> _roles = [];

    public IReadOnlyList<ClusterRole> Current
    {
        get { lock (_lock) return [.. _roles]; }
    }

    internal void Add(ClusterRole role)
    {
        lock (_lock) _roles.Add(role);
    }

    internal void Remove(ClusterRole role)
    {
        lock (_lock) _roles.Remove(role);
    }
}

/// <summary>Notes in <see cref="PlayedRoles"/> each role the backend's election hands this instance, until the lease
/// is given up or lost; whoever asks for a role (the poller, the outbox sender) need not report it.</summary>
public sealed class RoleTrackingLeadership(ILeadership inner, PlayedRoles played) : ILeadership
{
    public async Task<ILeadershipLease> AcquireAsync(ClusterRole role, CancellationToken cancellationToken)
    {
        var lease = await inner.AcquireAsync(role, cancellationToken);
        played.Add(role);
        return new TrackedLease(lease, role, played);
    }

    private sealed class TrackedLease : ILeadershipLease
    {
        private readonly ILeadershipLease _inner;
        private readonly ClusterRole _role;
        private readonly PlayedRoles _played;
        private readonly CancellationTokenRegistration _onLost;

        public TrackedLease(ILeadershipLease inner, ClusterRole role, PlayedRoles played)
        {
            (_inner, _role, _played) = (inner, role, played);
            _onLost = inner.Lost.Register(() => played.Remove(role));
        }

        public CancellationToken Lost => _inner.Lost;

        public async ValueTask DisposeAsync()
        {
            _played.Remove(_role);
            await _onLost.DisposeAsync();
            await _inner.DisposeAsync();
        }
    }
}
