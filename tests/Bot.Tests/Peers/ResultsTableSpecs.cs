using Bot.Benchmarks.Peers;

namespace Bot.Tests.Peers;

public sealed class ResultsTableSpecs
{
    private static readonly PeersOptions Options = new() { Updates = 100, Broadcast = 1_000 };

    [Fact]
    public void Ours_is_compared_with_the_better_grammY_set_up_of_each_metric()
    {
        var rows = ResultsTable.Rows([Bot("ours", cpu: 0.2), Bot("grammY a", cpu: 0.5), Bot("grammY b", cpu: 0.3)], Options);

        var cpu = rows.Single(r => r.Metric == "warm CPU ms per update");
        cpu.BestPeer.Should().BeApproximately(3.0, 1e-9);
        cpu.Ratio.Should().BeApproximately(2.0 / 3.0, 1e-9);
        cpu.Met.Should().BeFalse("0.2 is more than half of 0.3");
    }

    [Fact]
    public void Targets_against_grammY_are_not_judged_when_only_ours_ran()
    {
        var rows = ResultsTable.Rows([Bot("ours", cpu: 0.2)], Options);

        rows.Single(r => r.Metric == "warm CPU ms per update").Met.Should().BeNull();
        rows.Single(r => r.Metric.StartsWith("peak RSS over the run", StringComparison.Ordinal)).Met.Should().BeTrue();
    }

    [Fact]
    public void A_failed_bot_shows_dashes_and_the_table_still_renders()
    {
        var bots = new[] { Bot("ours", cpu: 0.2), new BotResult("grammY a") { Error = "node crashed" } };

        var text = ResultsTable.Text(bots, ResultsTable.Rows(bots, Options));

        text.Should().Contain("—").And.Contain("grammY a");
    }

    private static BotResult Bot(string name, double cpu) => new(name)
    {
        StartupSeconds = 1,
        Throughput = new ThroughputResult(100, 100, 0, TimeSpan.FromSeconds(1), 5, 9),
        ThroughputResources = new PhaseResources(cpu * 2, 100),
        WarmThroughput = new ThroughputResult(100, 100, 0, TimeSpan.FromSeconds(1), 5, 9),
        WarmResources = new PhaseResources(cpu, 100),
        Broadcast = new BroadcastResult(1_000, 1_000, 0, 0, TimeSpan.FromSeconds(0.1), TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(3)),
        BroadcastResources = new PhaseResources(1, 90),
        PeakRssMb = 120,
    };
}
