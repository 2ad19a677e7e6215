using Bot.Benchmarks;

namespace Bot.Tests.Peers;

public sealed class ParserPairsSpecs
{
    [Fact]
    public void A_short_run_times_both_sides_by_the_wall_clock_and_the_threads_CPU_and_prints_the_ratios()
    {
        var output = new StringWriter();

        ParserPairs.Run(["0.6"], output).Should().Be(0);

        var text = output.ToString();
        text.Should().Contain("wall clock: bare (Markdig + YamlDotNet) median").And.Contain("full (RecapParser.Parse) median")
            .And.Contain("thread CPU: bare (Markdig + YamlDotNet) median").And.Contain("load average");
        foreach (var clock in text.Split("median of pair ratios ")[1..])
        {
            var ratio = double.Parse(clock.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            ratio.Should().BeGreaterThan(0.5, "the full parse runs Markdig too, so it cannot be much cheaper than the bare one");
        }
    }

    [Fact]
    public void A_duration_that_is_not_a_number_is_refused()
    {
        var output = new StringWriter();

        ParserPairs.Run(["soon"], output).Should().Be(2);

        output.ToString().Should().Contain("parser-pairs takes a number of seconds").And.Contain("'soon'");
    }
}
