namespace Bot.Storage;

/// <summary>Port for the register of running instances: each records itself with every heartbeat, and a member whose
/// heartbeats stopped (killed, cut off) counts as gone.</summary>
public interface IClusterMembers
{
    /// <summary>This process among the instances sharing the database.</summary>
    string InstanceId { get; }

    /// <summary>Records (or refreshes) <paramref name="self"/> and forgets every member last seen before
    /// <paramref name="goneBefore"/>.</summary>
    Task RecordAsync(ClusterMember self, DateTimeOffset goneBefore, CancellationToken cancellationToken);

    /// <summary>The members seen at or after <paramref name="seenSince"/>, oldest start first.</summary>
    Task<IReadOnlyList<ClusterMember>> LiveAsync(DateTimeOffset seenSince, CancellationToken cancellationToken);

    /// <summary>This instance stops: it leaves the register at once rather than when its heartbeats run out.</summary>
    Task LeaveAsync(CancellationToken cancellationToken);
}

/// <summary>One process per database (SQLite): the register holds this instance alone.</summary>
public sealed class SoleInstanceMembers : IClusterMembers
{
    private ClusterMember? _self;

    public string InstanceId { get; } = InstanceIds.New();

    public Task RecordAsync(ClusterMember self, DateTimeOffset goneBefore, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _self, self);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ClusterMember>> LiveAsync(DateTimeOffset seenSince, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClusterMember>>(Volatile.Read(ref _self) is { } self ? [self] : []);

    public Task LeaveAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _self, null);
        return Task.CompletedTask;
    }
}
