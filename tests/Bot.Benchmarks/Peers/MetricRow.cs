namespace Bot.Benchmarks.Peers;

/// <summary>One line of the table: a value per bot (null when that bot failed before it), which way is better,
/// and the target for ours if the issue sets one.</summary>
public sealed record MetricRow(string Metric, string Format, IReadOnlyList<(string Bot, double? Value)> Cells, bool LowerIsBetter, bool ShowRatio = true)
{
    /// <summary>Checks ours (the first value) against the better grammY value; null when there is no target.</summary>
    public Func<double, double, bool>? Target { get; init; }

    /// <summary>The target compares with grammY: not judged when no grammY set-up ran.</summary>
    public bool AgainstPeer { get; init; }
    public string? TargetText { get; init; }

    public IEnumerable<double?> Values => Cells.Select(c => c.Value);

    public double? Ours => Cells.FirstOrDefault(c => c.Bot == OurBot.BotName).Value;

    /// <summary>The better of the grammY set-ups for this metric.</summary>
    public double? BestPeer
    {
        get
        {
            var peers = Cells.Where(c => c.Bot != OurBot.BotName && c.Value is { } v && !double.IsNaN(v)).Select(c => c.Value!.Value).ToList();
            return peers.Count == 0 ? null : LowerIsBetter ? peers.Min() : peers.Max();
        }
    }

    public double? Ratio => ShowRatio && Ours is { } o && BestPeer is { } p && p != 0 ? o / p : null;

    public bool? Met => Target is null || Ours is not { } o || double.IsNaN(o) || (AgainstPeer && BestPeer is null)
        ? null
        : Target(o, BestPeer ?? double.NaN);
}
