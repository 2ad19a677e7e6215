namespace Bot.Storage;

/// <summary>One running instance of the bot as the instances sharing its database see it.</summary>
/// <param name="InstanceId">Unique per process (<see cref="InstanceIds"/>).</param>
/// <param name="Mode">How it receives updates (<c>Polling</c> or <c>Webhook</c>).</param>
/// <param name="Roles">The cluster roles it plays right now; none for an instance standing by.</param>
/// <param name="SeenAt">Its last heartbeat.</param>
public sealed record ClusterMember(
    string InstanceId, string Host, string Mode, DateTimeOffset StartedAt, IReadOnlyList<ClusterRole> Roles, DateTimeOffset SeenAt);

/// <summary>Names processes: host, process id and a random suffix, so a reused process id on the same host is another
/// instance.</summary>
public static class InstanceIds
{
    public static string New() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
