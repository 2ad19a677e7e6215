using System.Diagnostics;

namespace Bot.Benchmarks;

/// <summary><c>-- parser-pairs [seconds]</c>: the parser benchmark's two sides timed alternately, pass after pass,
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

        var benchmark = new ParserBenchmarks();
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

        output.WriteLine($"{bare.Count} pairs over {seconds:0} s (69 corpus pages a pass)");
        output.WriteLine($"bare (Markdig + YamlDotNet): median {Median(bare):F2} ms");
        output.WriteLine($"full (RecapParser.Parse):    median {Median(full):F2} ms");
        output.WriteLine($"ratio of medians {Median(full) / Median(bare):F2}; median of pair ratios {Median(ratios):F2} " +
            $"(quartiles {Quantile(ratios, 0.25):F2}-{Quantile(ratios, 0.75):F2}); target <= 1.5");
        return 0;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
