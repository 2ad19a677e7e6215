using System.Globalization;
using Bot.Benchmarks.Peers;

namespace Bot.Benchmarks.Cluster;

/// <summary><c>-- cluster-broadcast [chats] [overall/s] [instances …] [--replies N]</c>: one announcement to every subscribed chat
/// sent by a cluster of real bot processes on one PostgreSQL database (<c>BOT_TEST_POSTGRES</c>, as the specs use),
/// once per instance count, against the loopback server enforcing the limits. Defaults: 3,000 chats at Telegram's
/// 30 messages a second, with 1 and with 3 instances; with <c>--replies N</c>, N members ask a command during the
/// broadcast (reply latency reported).</summary>
public static class ClusterBroadcastCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (Environment.GetEnvironmentVariable("BOT_TEST_POSTGRES") is not { Length: > 0 } server)
        {
            await output.WriteLineAsync("BOT_TEST_POSTGRES is not set: run `.ci/postgres start FILE` and export the line it prints.");
            return 2;
        }

        var replies = 0;
        if (Array.IndexOf(args, "--replies") is var at and >= 0 && at + 1 < args.Length)
        {
            replies = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
            args = [.. args[..at], .. args[(at + 2)..]];
        }

        var chats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000;
        var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        int[] counts = args.Length > 2 ? [.. args[2..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1, 3];
        await output.WriteLineAsync($"{await MachineInfo.ReadAsync()}; {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");
        await output.WriteLineAsync($"{chats:N0} chats (every tenth a group), server limits {rate}/s overall, 1/s per chat, 20/min per group");
        await output.WriteLineAsync("| instances | reached | repeats | 429s | sending window (s) | efficiency | CPU ms/message (all) | of which sender | replies: median / max (ms), received by | load average after |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        var failed = false;
        foreach (var count in counts)
        {
            var run = await ClusterBroadcastRun.RunAsync(server, chats, rate, count, replies, output);
            var r = run.Broadcast;
            failed |= r.Lost > 0 || r.Duplicates > 0 || r.FloodViolations > 0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {count} | {r.Reached:N0} | {r.Duplicates} | {r.FloodViolations} | {r.Sending.TotalSeconds:0.0} | {r.Efficiency:P1} | " +
                $"{run.CpuPerMessage.TotalMilliseconds:0.00} | {run.SenderCpuPerMessage.TotalMilliseconds:0.00} | {Replies(run, replies)} | {LoadAverage()} |"));
            failed |= run.ReplyLatencies.Count < replies;
        }

        return failed ? 1 : 0;
    }

    private static string Replies(ClusterBroadcastRun run, int asked)
    {
        if (asked == 0) return "–";
        var sorted = run.ReplyLatencies.Order().ToList();
        if (sorted.Count == 0) return $"0 of {asked} answered";
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted[sorted.Count / 2].TotalMilliseconds:0} / {sorted[^1].TotalMilliseconds:0}, {run.ReplierRole}{(sorted.Count < asked ? $", {sorted.Count} of {asked} answered" : "")}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
