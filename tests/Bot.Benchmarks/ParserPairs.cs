using System.Diagnostics;
using Bot.Benchmarks.Peers;

namespace Bot.Benchmarks;

/// <summary><c>-- parser-pairs [seconds] [sofastack|others]</c>: the parser benchmark's two sides timed alternately, pass after pass,
/// in one process. BenchmarkDotNet times all of one side, then all of the other, so on a shared machine a burst of
/// load can land on one side only; the ratio of each adjacent pair is not moved by slow drifts of that kind. Each
/// pass is timed by the wall clock and by the thread's CPU time, which waiting for a core does not inflate.</summary>
public static class ParserPairs
{
    public static int Run(string[] args, TextWriter output)
    {
        var seconds = 30.0;
        if (args is [var text, ..] && !(double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out seconds) && seconds > 0))
        {
            output.WriteLine($"parser-pairs takes a number of seconds to run (default 30), not '{text}'");
            return 2;
        }

        var corpus = args is [_, var name, ..] ? name : "sofastack";
        if (corpus is not ("sofastack" or "others"))
        {
            output.WriteLine($"parser-pairs runs on the sofastack or the others corpus, not '{corpus}'");
            return 2;
        }

        var benchmark = new ParserBenchmarks { Corpus = corpus };
        benchmark.LoadCorpus();

        // Warm-up long enough for the tiering JIT to finish both sides.
        for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < Math.Min(10, seconds / 3);)
        {
            benchmark.BareParse();
            benchmark.FullParse();
        }

        List<double> bare = [], full = [], ratios = [], bareCpu = [], fullCpu = [], cpuRatios = [];
        for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
        {
            var (c0, t0) = (ThreadCpuClock.NowMilliseconds(), Stopwatch.GetTimestamp());
            benchmark.BareParse();
            var (c1, t1) = (ThreadCpuClock.NowMilliseconds(), Stopwatch.GetTimestamp());
            benchmark.FullParse();
            var (c2, t2) = (ThreadCpuClock.NowMilliseconds(), Stopwatch.GetTimestamp());
            bare.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            full.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            ratios.Add((t2 - t1) / (double)(t1 - t0));
            if (!double.IsNaN(c0))
            {
                bareCpu.Add(c1 - c0);
                fullCpu.Add(c2 - c1);
                cpuRatios.Add((c2 - c1) / (c1 - c0));
            }
        }

        output.WriteLine($"{bare.Count} pairs over {seconds:0} s ({benchmark.PageCount} {corpus} pages a pass, load average {LoadAverage()})");
        Report(output, "wall clock", bare, full, ratios);
        if (cpuRatios.Count > 0)
        {
            Report(output, "thread CPU", bareCpu, fullCpu, cpuRatios);
        }

        // Allocation drives the collector's share of the time, which perf shows as the runtime's own frames.
        var before = GC.GetAllocatedBytesForCurrentThread();
        benchmark.BareParse();
        var between = GC.GetAllocatedBytesForCurrentThread();
        benchmark.FullParse();
        var after = GC.GetAllocatedBytesForCurrentThread();
        output.WriteLine($"allocated a pass: bare {(between - before) / 1024.0:F0} KiB, full {(after - between) / 1024.0:F0} KiB " +
            $"(ratio {(after - between) / (double)(between - before):F2})");

        return 0;
    }

    private static void Report(TextWriter output, string clock, List<double> bare, List<double> full, List<double> ratios)
    {
        bare.Sort();
        full.Sort();
        ratios.Sort();
        var (bareMedian, fullMedian) = (ThroughputScenario.Percentile(bare, 0.5), ThroughputScenario.Percentile(full, 0.5));
        output.WriteLine($"{clock}: bare (Markdig + YamlDotNet) median {bareMedian:F2} ms, full (RecapParser.Parse) median {fullMedian:F2} ms");
        output.WriteLine($"{clock}: ratio of medians {fullMedian / bareMedian:F2}; median of pair ratios {ThroughputScenario.Percentile(ratios, 0.5):F2} " +
            $"(quartiles {ThroughputScenario.Percentile(ratios, 0.25):F2}-{ThroughputScenario.Percentile(ratios, 0.75):F2}); target <= 1.5");
    }

    // The 1-minute load average: on the shared machine it says how much the wall-clock figures are worth.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
