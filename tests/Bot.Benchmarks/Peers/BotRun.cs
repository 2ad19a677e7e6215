using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>One bot against its own fresh loopback server, in two processes on the same data: the first without flood
/// limits (start-up, throughput), the second with the scaled limits (broadcast).</summary>
public static class BotRun
{
    public static async Task<BotResult> RunAsync(IBotUnderTest bot, BotWorkspace workspace, IReadOnlyList<string> commands, TextWriter log)
    {
        var result = new BotResult(bot.Name);
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { Token = BotWorkspace.Token });
        await using var tap = new ReplyTap(server);
        await bot.SeedSubscribersAsync(workspace, BroadcastScenario.Subscribers(workspace.Options), CancellationToken.None);
        var phase = "the first reply";
        double peakKb = 0;
        try
        {
            await using (var first = await BotProcess.StartAsync(bot, workspace, server, tap, commands[0], limited: false))
            {
                result = result with { StartupSeconds = first.StartupSeconds };
                log.WriteLine($"  {bot.Name}: first reply after {first.StartupSeconds:0.00} s; throughput …");
                phase = "the throughput run";
                first.Meter.BeginPhase();
                var throughput = await first.Watch(ThroughputScenario.RunAsync(server, tap, commands, workspace.Options, first.Died));
                result = result with { Throughput = throughput, ThroughputResources = first.Meter.EndPhase() };
                log.WriteLine($"  {bot.Name}: {throughput.Answered}/{throughput.Updates} answered, {throughput.UpdatesPerSecond:0} updates/s, p99 {throughput.P99Ms:0.0} ms");
                peakKb = first.Meter.Last.PeakRssKb;
            }

            phase = "the restart with flood limits";
            await using var second = await BotProcess.StartAsync(bot, workspace, server, tap, commands[1], limited: true);
            phase = "the broadcast";
            second.Meter.BeginPhase();
            var broadcast = await second.Watch(BroadcastScenario.RunAsync(server, tap, bot, workspace, second.Died));
            result = result with { Broadcast = broadcast, BroadcastResources = second.Meter.EndPhase() };
            log.WriteLine($"  {bot.Name}: reached {broadcast.Reached}/{broadcast.Chats} chats in {broadcast.EndToEnd.TotalSeconds:0.0} s, {broadcast.FloodViolations} × 429");
            peakKb = Math.Max(peakKb, second.Meter.Last.PeakRssKb);
        }
        catch (BotFailedException ex)
        {
            result = result with { Error = $"{ex.Message} during {phase}.{Environment.NewLine}Bot output (last lines):{Environment.NewLine}{ex.OutputTail}" };
            log.WriteLine($"  {bot.Name}: FAILED: {result.Error}");
        }

        return result with { PeakRssMb = peakKb / 1024.0 };
    }
}
