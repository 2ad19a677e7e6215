using Bot.Benchmarks.Peers;

namespace Bot.Tests.Peers;

public sealed class PeersOptionsSpecs
{
    [Fact]
    public void Without_options_it_is_the_full_run_writing_the_report()
    {
        var options = PeersOptions.Parse([], "/repo/BENCHMARKS.md");

        options.Should().BeEquivalentTo(new { Updates = 20_000, Warmup = 40_000, Chats = 200, Broadcast = 10_000, Idle = TimeSpan.FromMinutes(10), ReportPath = "/repo/BENCHMARKS.md" });
        options.Bots.Should().Equal("ours-aot", "grammy-a", "ours-r2r", "grammy-b");
    }

    [Fact]
    public void CI_can_ask_for_a_small_run_without_a_report()
    {
        var options = PeersOptions.Parse(["--updates", "300", "--warmup", "0", "--chats", "20", "--broadcast", "300", "--idle", "0", "--no-report", "--our-env", "DOTNET_gcServer=0"], "x");

        options.Should().BeEquivalentTo(new { Updates = 300, Warmup = 0, Chats = 20, Broadcast = 300, Idle = TimeSpan.Zero, ReportPath = (string?)null });
        options.OurEnvironment.Should().Contain("DOTNET_gcServer", "0");
    }

    [Theory]
    [InlineData("--updates", "lots", "--updates must be a positive whole number")]
    [InlineData("--chats", "0", "--chats must be a positive whole number")]
    [InlineData("--warmup", "-5", "--warmup must be a whole number")]
    [InlineData("--bots", "ours,telegraf", "unknown bot(s) telegraf")]
    [InlineData("--our-env", "NOVALUE", "--our-env takes NAME=VALUE")]
    [InlineData("--our-bot", "/nowhere/Bot.dll", "--our-bot: no file at")]
    [InlineData("--our-aot", "/nowhere/Bot", "--our-aot: no file at")]
    [InlineData("--idle", "ten", "--idle must be a whole number")]
    public void A_bad_option_is_refused_with_its_name(string name, string value, string message)
    {
        var parse = () => PeersOptions.Parse([name, value], "x");

        parse.Should().Throw<ArgumentException>().WithMessage(message + "*");
    }

    [Fact]
    public void The_shortest_broadcast_counts_whole_seconds_of_the_sliding_window()
    {
        var options = new PeersOptions { Broadcast = 10_000, OverallPerSecond = 300 };

        options.TheoreticalBroadcast.Should().Be(TimeSpan.FromSeconds(33));
    }
}
