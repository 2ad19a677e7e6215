using System.Diagnostics;
using Bot.Benchmarks.Peers;

namespace Bot.Benchmarks;

/// <summary><c>-- parser-pairs [seconds] [sofastack|others]</c>: the parser benchmark's two sides timed alternately, pass after pass,
/// in one process. BenchmarkDotNet times all of one side, then all of the other, so on a shared machine a burst of
/// load can land on one side only; the ratio of each adjacent pair is not moved by slow drifts of that kind.</summary>
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

        List<double> bare = [], full = [], ratios = [];
        for (var sw = Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
        {
            var t0 = Stopwatch.GetTimestamp();
            benchmark.BareParse();
            var t1 = Stopwatch.GetTimestamp();
            benchmark.FullParse();
            var t2 = Stopwatch.GetTimestamp();
            bare.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            full.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            ratios.Add((t2 - t1) / (double)(t1 - t0));
        }

        bare.Sort();
        full.Sort();
        ratios.Sort();
        var (bareMedian, fullMedian) = (ThroughputScenario.Percentile(bare, 0.5), ThroughputScenario.Percentile(full, 0.5));
        output.WriteLine($"{bare.Count} pairs over {seconds:0} s ({benchmark.PageCount} {corpus} pages a pass)");
        output.WriteLine($"bare (Markdig + YamlDotNet): median {bareMedian:F2} ms");
        output.WriteLine($"full (RecapParser.Parse):    median {fullMedian:F2} ms");
        output.WriteLine($"ratio of medians {fullMedian / bareMedian:F2}; median of pair ratios {ThroughputScenario.Percentile(ratios, 0.5):F2} " +
            $"(quartiles {ThroughputScenario.Percentile(ratios, 0.25):F2}-{ThroughputScenario.Percentile(ratios, 0.75):F2}); target <= 1.5");
        return 0;
    }
}
