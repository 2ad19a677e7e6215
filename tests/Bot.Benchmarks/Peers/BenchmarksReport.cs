using System.Globalization;
using System.Text;

namespace Bot.Benchmarks.Peers;

/// <summary>Writes the measured part of BENCHMARKS.md between two markers, keeping everything written by hand
/// around it (the in-process BenchmarkDotNet figures, profiling notes).</summary>
public static class BenchmarksReport
{
    public const string Begin = "<!-- peers:begin (written by `dotnet run -c Release --project tests/Bot.Benchmarks -- peers`) -->";
    public const string End = "<!-- peers:end -->";

    public static string Section(MachineInfo machine, DateTimeOffset when, PeersOptions options, IReadOnlyList<BotResult> bots)
    {
        var rows = ResultsTable.Rows(bots, options);
        var sb = new StringBuilder();
        sb.AppendLine(Begin);
        sb.AppendLine($"Measured {when.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} on {machine}.");
        sb.AppendLine();
        sb.AppendLine($"Workload: {options.Updates:N0} commands (`/agenda <page id>`, `/speaker <name>` from `check --json`) from {options.Chats} group chats, "
            + $"each chat sending its next command when the previous reply is recorded, measured twice in the same process: cold, right after start, "
            + $"and warm, after up to {options.Warmup:N0} more unmeasured commands (at most {options.WarmupLimit.TotalSeconds:0} s); then one announcement to {options.Broadcast:N0} subscribed chats "
            + $"({options.GroupShare:P0} groups) with the server enforcing {options.OverallPerSecond}/s overall, {options.PerChatPerSecond}/s per chat and "
            + $"{options.PerGroupPerMinute}/min per group, answering 429 with retry_after to every call over a limit"
            + (options.Idle > TimeSpan.Zero ? $"; then every bot restarted on its data and left idle for {options.Idle.TotalMinutes:0.#} min, all at once (long polls held up to 60 s)." : "."));
        sb.AppendLine();
        sb.Append(ResultsTable.Markdown(bots, rows));
        sb.AppendLine();
        var ours = ResultsTable.OurNames(bots);
        foreach (var row in rows.Where(r => r.TargetText is not null))
        {
            var verdicts = ours.Select(o => $"{o} " + (row.MetOf(o) switch { true => "met", false => "**missed**", null => "not judged (no figure to compare)" }));
            sb.AppendLine($"- {row.Metric}: target {row.TargetText} — {string.Join("; ", verdicts)}");
        }

        foreach (var failed in bots.Where(b => b.Error is not null))
        {
            sb.AppendLine().AppendLine($"**{failed.Name} failed:**").AppendLine().AppendLine("```").AppendLine(failed.Error!.Trim()).AppendLine("```");
        }

        sb.AppendLine(End);
        return sb.ToString();
    }

    /// <summary>Replaces the marked section, or starts the file with it.</summary>
    public static async Task WriteAsync(string path, string section)
    {
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
        string text;
        if (existing is not null && existing.IndexOf(Begin, StringComparison.Ordinal) is var from and >= 0
            && existing.IndexOf(End, from, StringComparison.Ordinal) is var to and >= 0)
        {
            text = existing[..from] + section.TrimEnd() + existing[(to + End.Length)..];
        }
        else
        {
            text = (existing ?? "# Benchmarks\n\n") + (existing is null ? "" : "\n") + section;
        }

        await File.WriteAllTextAsync(path, text);
    }
}
