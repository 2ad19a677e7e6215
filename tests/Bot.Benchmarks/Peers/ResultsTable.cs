using System.Globalization;
using System.Text;

namespace Bot.Benchmarks.Peers;

/// <summary>The side-by-side table: rows of <see cref="MetricRow"/>, printed as text or Markdown.</summary>
public static class ResultsTable
{
    public static IReadOnlyList<MetricRow> Rows(IReadOnlyList<BotResult> bots, PeersOptions options)
    {
        List<(string, double?)> Of(Func<BotResult, double?> pick) => [.. bots.Select(b => (b.Name, pick(b)))];
        var idleMinutes = options.Idle.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture);
        return
        [
            new("start-up: process start → first reply (s)", "0.00", Of(b => b.StartupSeconds), true) { Target = (o, p) => o <= p, TargetText = "≤ grammY", AgainstPeer = true },
            new("start-up CPU (s)", "0.00", Of(b => b.StartupResources?.CpuSeconds), true),
            new("peak RSS during start-up (MB)", "0", Of(b => b.StartupResources?.PeakRssMb), true),
            .. Throughput("cold", options, Of, b => b.Throughput, b => b.ThroughputResources, b => b.CpuMsPerUpdate),
            .. Throughput("warm", options, Of, b => b.WarmThroughput, b => b.WarmResources, b => b.WarmCpuMsPerUpdate),
            new("broadcast: trigger → first chat reached (s)", "0.00", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Reaction.TotalSeconds : null), true),
            new($"broadcast: first → last of {options.Broadcast:N0} chats (s; minimum {options.TheoreticalBroadcast.TotalSeconds:0.0})", "0.0", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Sending.TotalSeconds : null), true),
            new("broadcast efficiency (minimum ÷ first → last)", "0.000", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Efficiency : null), false) { Target = (o, _) => o >= 0.97, TargetText = "≥ 0.97" },
            new("end-to-end efficiency (minimum ÷ trigger → last)", "0.000", Of(b => b.Broadcast is { Reached: > 0 } x ? x.EndToEndEfficiency : null), false),
            new("429s provoked", "N0", Of(b => b.Broadcast?.FloodViolations), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("messages lost", "N0", Of(b => b.Broadcast?.Lost), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("duplicates", "N0", Of(b => b.Broadcast?.Duplicates + (b.Throughput?.RepeatedReplies ?? 0)), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("CPU during broadcast (s)", "0.00", Of(b => b.BroadcastResources?.CpuSeconds), true),
            new("peak RSS during broadcast (MB)", "0", Of(b => b.BroadcastResources?.PeakRssMb), true) { Target = (o, _) => o <= 100, TargetText = "≤ 100 MB" },
            new($"idle {idleMinutes} min: CPU (% of a core)", "0.00", Of(b => b.Idle?.CpuPercentOfCore), true) { Target = (o, _) => o <= 1, TargetText = "≤ 1 %" },
            new($"idle {idleMinutes} min: Bot API calls", "N0", Of(b => b.Idle?.Calls), true, ShowRatio: false),
            new("peak RSS while idle (MB)", "0", Of(b => b.Idle?.Resources.PeakRssMb), true),
            new("peak RSS over the run, VmHWM (MB)", "0", Of(b => b.PeakRssMb), true),
        ];
    }

    /// <summary>The rows of one throughput run (cold: right after start; warm: after the warm-up).</summary>
    private static IEnumerable<MetricRow> Throughput(string phase, PeersOptions options, Func<Func<BotResult, double?>, List<(string, double?)>> of,
        Func<BotResult, ThroughputResult?> run, Func<BotResult, PhaseResources?> resources, Func<BotResult, double?> cpuPerUpdate) =>
    [
        new($"{phase} throughput: answered of {options.Updates:N0}", "N0", of(b => run(b)?.Answered), false, ShowRatio: false),
        new($"{phase} throughput: updates/s", "N0", of(b => run(b)?.UpdatesPerSecond), false) { Target = (o, p) => o >= p, TargetText = "≥ grammY", AgainstPeer = true },
        new($"{phase} latency p50 (ms)", "0.0", of(b => run(b)?.P50Ms), true),
        new($"{phase} latency p99 (ms)", "0.0", of(b => run(b)?.P99Ms), true) { Target = (o, p) => o <= p, TargetText = "≤ grammY", AgainstPeer = true },
        new($"{phase} CPU (s)", "0.00", of(b => resources(b)?.CpuSeconds), true),
        new($"{phase} CPU ms per update", "0.000", of(cpuPerUpdate), true) { Target = (o, p) => o <= 0.5 * p, TargetText = "≤ 0.5 × grammY", AgainstPeer = true },
        new($"peak RSS during {phase} throughput (MB)", "0", of(b => resources(b)?.PeakRssMb), true) { Target = (o, _) => o <= 80, TargetText = "≤ 80 MB" },
    ];

    public static string Markdown(IReadOnlyList<BotResult> bots, IReadOnlyList<MetricRow> rows)
    {
        var ours = OurNames(bots);
        var sb = new StringBuilder();
        sb.AppendLine($"| metric | {string.Join(" | ", bots.Select(b => b.Name))} | {string.Concat(ours.Select(o => $"{o} ÷ better grammY | "))}target | {MetHeading(ours)} |");
        sb.AppendLine($"|---|{string.Concat(bots.Select(_ => "---:|"))}{string.Concat(ours.Select(_ => "---:|"))}---|---|");
        foreach (var row in rows)
        {
            sb.AppendLine($"| {string.Join(" | ", Cells(row, ours))} |");
        }

        return sb.ToString();
    }

    public static string Text(IReadOnlyList<BotResult> bots, IReadOnlyList<MetricRow> rows)
    {
        var ours = OurNames(bots);
        var header = new[] { "metric" }.Concat(bots.Select(b => b.Name)).Concat(ours.Select(o => $"{o} ratio")).Concat(["target", MetHeading(ours)]).ToList();
        var lines = rows.Select(r => Cells(r, ours).ToList()).ToList();
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToList();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
        return string.Join(Environment.NewLine, new[] { Line(header) }.Concat(lines.Select(Line)));
    }

    /// <summary>"yes" or "**no**" for each of our builds, in column order ("AOT yes / R2R **no**" with two).</summary>
    private static string Verdicts(MetricRow row, IReadOnlyList<string> ours) =>
        row.Target is null
            ? ""
            : string.Join(" / ", ours.Select(o => (ours.Count > 1 ? Short(o) + " " : "") + (row.MetOf(o) switch { true => "yes", false => "**no**", null => "—" })));

    public static IReadOnlyList<string> OurNames(IReadOnlyList<BotResult> bots) => [.. bots.Select(b => b.Name).Where(OurBot.IsOurs)];

    private static IEnumerable<string> Cells(MetricRow row, IReadOnlyList<string> ours) =>
        new[] { row.Metric }
            .Concat(row.Values.Select(v => Cell(v, row.Format)))
            .Concat(ours.Select(o => row.RatioOf(o) is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : ""))
            .Concat([row.TargetText ?? "", Verdicts(row, ours)]);

    private static string MetHeading(IReadOnlyList<string> ours) => ours.Count > 1 ? $"met ({string.Join(" / ", ours.Select(Short))})" : "met";

    /// <summary>"ours AOT" → "AOT": the build, where the heading already says whose.</summary>
    private static string Short(string ourName) => ourName.Length > OurBot.NamePrefix.Length ? ourName[OurBot.NamePrefix.Length..].Trim() : ourName;

    private static string Cell(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

}
