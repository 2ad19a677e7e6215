namespace Bot.Benchmarks.Peers;

/// <summary>What a bot process used during one phase: user+sys CPU seconds and the highest RSS sampled.</summary>
public sealed record PhaseResources(double CpuSeconds, double PeakRssMb);
