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
    public void Each_of_our_builds_gets_its_own_ratio_and_verdict_against_the_same_grammY_figure()
    {
        var bots = new[] { Bot("ours AOT", cpu: 0.1), Bot("grammY a", cpu: 0.3), Bot("ours R2R", cpu: 0.2) };

        var rows = ResultsTable.Rows(bots, Options);

        var cpu = rows.Single(r => r.Metric == "warm CPU ms per update");
        cpu.BestPeer.Should().BeApproximately(3.0, 1e-9, "ours R2R is not a peer");
        cpu.MetOf("ours AOT").Should().BeTrue("0.1 is at most half of 0.3");
        cpu.MetOf("ours R2R").Should().BeFalse("0.2 is more than half of 0.3");
        ResultsTable.Markdown(bots, rows).Should().Contain("| ours AOT ÷ better grammY | ours R2R ÷ better grammY |")
            .And.Contain("| 1.000 | 3.000 | 2.000 | 0.33× | 0.67× | ≤ 0.5 × grammY | AOT yes / R2R **no** |");
    }

    [Fact]
    public void Idle_CPU_is_judged_as_a_share_of_one_core()
    {
        var idle = new IdleResult(TimeSpan.FromMinutes(10), new PhaseResources(CpuSeconds: 4.8, PeakRssMb: 60), Calls: 12);
        var rows = ResultsTable.Rows([Bot("ours AOT", cpu: 0.1) with { Idle = idle }], Options with { Idle = TimeSpan.FromMinutes(10) });

        var row = rows.Single(r => r.Metric == "idle 10 min: CPU (% of a core)");
        row.Ours.Should().BeApproximately(0.8, 1e-9);
        row.Met.Should().BeTrue();
    }

    [Fact]
    public void Targets_against_grammY_are_not_judged_when_only_ours_ran()
    {
        var rows = ResultsTable.Rows([Bot("ours", cpu: 0.2)], Options);

        rows.Single(r => r.Metric == "warm CPU ms per update").Met.Should().BeNull();
        rows.Single(r => r.Metric == "peak RSS during broadcast (MB)").Met.Should().BeTrue();
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
