using Bot.Benchmarks.Peers;

namespace Bot.Tests.Peers;

/// <summary>The side-by-side benchmark, small: both bots (ours and the grammY peer in both set-ups) run against the
/// loopback server so the harness cannot rot. Correctness only — every command answered once, every subscriber
/// reached once — never speed. Needs Node 20+ and npm (the peer's packages install from its lock file).</summary>
public sealed class PeersSmokeSpecs
{
    private static readonly PeersOptions Small = new() { Updates = 300, Warmup = 40, Chats = 20, Broadcast = 300, Idle = TimeSpan.Zero, Bots = ["ours", "grammy-a", "grammy-b"], ReportPath = null };

    [Fact(Timeout = 600_000)]
    public async Task Every_bot_answers_every_command_and_reaches_every_subscriber_exactly_once()
    {
        var log = new StringWriter();

        var results = await PeersCommand.RunBotsAsync(PeerPaths.Find(), Small, log);

        results.Select(r => r.Name).Should().Equal("ours", "grammY a", "grammY b");
        foreach (var bot in results)
        {
            bot.Error.Should().BeNull($"{bot.Name} must run to the end; the run said:\n{log}");
            bot.Throughput!.Answered.Should().Be(Small.Updates, $"{bot.Name} must answer every command");
            bot.WarmThroughput!.Answered.Should().Be(Small.Updates, $"{bot.Name} must answer every command after the warm-up too");
            bot.WarmThroughput.RepeatedReplies.Should().Be(0, $"{bot.Name} must answer each command once");
            bot.Broadcast!.Lost.Should().Be(0, $"{bot.Name} must reach every subscriber");
            bot.Broadcast.Duplicates.Should().Be(0, $"{bot.Name} must reach each subscriber once");
        }
    }
}
