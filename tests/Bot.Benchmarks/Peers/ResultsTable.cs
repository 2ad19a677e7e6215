using System.Globalization;
using System.Text;

namespace Bot.Benchmarks.Peers;

/// <summary>The side-by-side table: rows of <see cref="MetricRow"/>, printed as text or Markdown.</summary>
public static class ResultsTable
{
    public static IReadOnlyList<MetricRow> Rows(IReadOnlyList<BotResult> bots, PeersOptions options)
    {
        List<(string, double?)> Of(Func<BotResult, double?> pick) => [.. bots.Select(b => (b.Name, pick(b)))];
        return
        [
            new("start-up: process start → first reply (s)", "0.00", Of(b => b.StartupSeconds), true),
            .. Throughput("cold", options, Of, b => b.Throughput, b => b.ThroughputResources, b => b.CpuMsPerUpdate),
            .. Throughput("warm", options, Of, b => b.WarmThroughput, b => b.WarmResources, b => b.WarmCpuMsPerUpdate),
            new("broadcast: trigger → first chat reached (s)", "0.00", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Reaction.TotalSeconds : null), true),
            new($"broadcast: first → last of {options.Broadcast:N0} chats (s; minimum {options.TheoreticalBroadcast.TotalSeconds:0.0})", "0.0", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Sending.TotalSeconds : null), true),
            new("broadcast efficiency (minimum ÷ first → last)", "0.000", Of(b => b.Broadcast is { Reached: > 0 } x ? x.Efficiency : null), false) { Target = (o, _) => o >= 0.95, TargetText = "≥ 0.95" },
            new("end-to-end efficiency (minimum ÷ trigger → last)", "0.000", Of(b => b.Broadcast is { Reached: > 0 } x ? x.EndToEndEfficiency : null), false),
            new("429s provoked", "N0", Of(b => b.Broadcast?.FloodViolations), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("messages lost", "N0", Of(b => b.Broadcast?.Lost), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("duplicates", "N0", Of(b => b.Broadcast?.Duplicates + (b.Throughput?.RepeatedReplies ?? 0)), true, ShowRatio: false) { Target = (o, _) => o == 0, TargetText = "0" },
            new("CPU during broadcast (s)", "0.00", Of(b => b.BroadcastResources?.CpuSeconds), true),
            new("peak RSS during broadcast (MB)", "0", Of(b => b.BroadcastResources?.PeakRssMb), true),
            new("peak RSS over the run, VmHWM (MB)", "0", Of(b => b.PeakRssMb), true) { Target = (o, _) => o <= 150, TargetText = "≤ 150 MB" },
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
        new($"peak RSS during {phase} throughput (MB)", "0", of(b => resources(b)?.PeakRssMb), true),
    ];

    public static string Markdown(IReadOnlyList<BotResult> bots, IReadOnlyList<MetricRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"| metric | {string.Join(" | ", bots.Select(b => b.Name))} | ours ÷ better grammY | target | met |");
        sb.AppendLine($"|---|{string.Concat(bots.Select(_ => "---:|"))}---:|---|---|");
        foreach (var row in rows)
        {
            sb.AppendLine($"| {row.Metric} | {string.Join(" | ", row.Values.Select(v => Cell(v, row.Format)))} | {Ratio(row)} | {row.TargetText ?? ""} | {Met(row)} |");
        }

        return sb.ToString();
    }

    public static string Text(IReadOnlyList<BotResult> bots, IReadOnlyList<MetricRow> rows)
    {
        var header = new[] { "metric" }.Concat(bots.Select(b => b.Name)).Concat(["ratio", "target", "met"]).ToList();
        var lines = rows.Select(r => new[] { r.Metric }.Concat(r.Values.Select(v => Cell(v, r.Format))).Concat([Ratio(r), r.TargetText ?? "", Met(r)]).ToList()).ToList();
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToList();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
        return string.Join(Environment.NewLine, new[] { Line(header) }.Concat(lines.Select(Line)));
    }

    private static string Cell(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static string Ratio(MetricRow row) => row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "";

    private static string Met(MetricRow row) => row.Met switch { true => "yes", false => "**no**", null => "" };
}
