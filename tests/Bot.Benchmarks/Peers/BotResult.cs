namespace Bot.Benchmarks.Peers;

/// <summary>Everything measured for one bot; the parts after a failure are null and <see cref="Error"/> says why.</summary>
public sealed record BotResult(string Name)
{
    public double? StartupSeconds { get; init; }
    /// <summary>Process start → first reply.</summary>
    public PhaseResources? StartupResources { get; init; }
    public ThroughputResult? Throughput { get; init; }
    public PhaseResources? ThroughputResources { get; init; }
    /// <summary>The same workload again after the warm-up.</summary>
    public ThroughputResult? WarmThroughput { get; init; }
    public PhaseResources? WarmResources { get; init; }
    public BroadcastResult? Broadcast { get; init; }
    public PhaseResources? BroadcastResources { get; init; }
    public IdleResult? Idle { get; init; }
    /// <summary>VmHWM at the end: the highest resident memory over the whole run.</summary>
    public double? PeakRssMb { get; init; }
    public string? Error { get; init; }

    public double? CpuMsPerUpdate => PerUpdate(Throughput, ThroughputResources);
    public double? WarmCpuMsPerUpdate => PerUpdate(WarmThroughput, WarmResources);

    private static double? PerUpdate(ThroughputResult? run, PhaseResources? resources) =>
        run is { Answered: > 0 } t && resources is { } r ? r.CpuSeconds * 1000 / t.Answered : null;
}
