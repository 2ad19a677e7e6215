namespace Bot.Benchmarks.Peers;

/// <summary>One line of the side-by-side table: a value per bot (null when the bot failed before measuring it), which way
/// is better, and the target for our builds if the issue sets one. Each of our builds (columns named
/// <c>ours…</c>) is compared with the better grammY set-up on its own.</summary>
public sealed record MetricRow(string Metric, string Format, IReadOnlyList<(string Bot, double? Value)> Cells, bool LowerIsBetter, bool ShowRatio = true)
{
    /// <summary>Checks one of ours against the better grammY value; null when there is no target.</summary>
    public Func<double, double, bool>? Target { get; init; }

    /// <summary>The target compares with grammY: not judged when no grammY set-up ran.</summary>
    public bool AgainstPeer { get; init; }
    public string? TargetText { get; init; }

    public IEnumerable<double?> Values => Cells.Select(c => c.Value);

    /// <summary>The columns of our builds, in the order they ran.</summary>
    public IEnumerable<string> OurBots => Cells.Select(c => c.Bot).Where(OurBot.IsOurs);

    /// <summary>The first of our builds (the one listed first: the deployment under test).</summary>
    public double? Ours => OurBots.FirstOrDefault() is { } first ? ValueOf(first) : null;

    public double? Ratio => OurBots.FirstOrDefault() is { } first ? RatioOf(first) : null;

    public bool? Met => OurBots.FirstOrDefault() is { } first ? MetOf(first) : null;

    /// <summary>The better of the grammY set-ups for this metric.</summary>
    public double? BestPeer
    {
        get
        {
            var peers = Cells.Where(c => !OurBot.IsOurs(c.Bot) && c.Value is { } v && !double.IsNaN(v)).Select(c => c.Value!.Value).ToList();
            return peers.Count == 0 ? null : LowerIsBetter ? peers.Min() : peers.Max();
        }
    }

    public double? ValueOf(string bot) => Cells.FirstOrDefault(c => c.Bot == bot).Value;

    public double? RatioOf(string bot) => ShowRatio && ValueOf(bot) is { } o && BestPeer is { } p && p != 0 ? o / p : null;

    public bool? MetOf(string bot) => Target is null || ValueOf(bot) is not { } o || double.IsNaN(o) || (AgainstPeer && BestPeer is null)
        ? null
        : Target(o, BestPeer ?? double.NaN);
}
