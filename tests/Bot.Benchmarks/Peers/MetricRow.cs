namespace Bot.Benchmarks.Peers;

/// <summary>One line of the table: a value per bot (null when that bot failed before it), which way is better,
/// and the target for ours if the issue sets one.</summary>
public sealed record MetricRow(string Metric, string Format, IReadOnlyList<double?> Values, bool LowerIsBetter, bool ShowRatio = true)
{
    /// <summary>Checks ours (the first value) against the better grammY value; null when there is no target.</summary>
    public Func<double, double?, bool>? Target { get; init; }
    public string? TargetText { get; init; }

    public double? Ours => Values.Count > 0 ? Values[0] : null;

    /// <summary>The better of the grammY set-ups for this metric.</summary>
    public double? BestPeer
    {
        get
        {
            var peers = Values.Skip(1).OfType<double>().ToList();
            return peers.Count == 0 ? null : LowerIsBetter ? peers.Min() : peers.Max();
        }
    }

    public double? Ratio => ShowRatio && Ours is { } o && BestPeer is { } p && p != 0 ? o / p : null;

    public bool? Met => Target is null || Ours is not { } o ? null : Target(o, BestPeer);
}
