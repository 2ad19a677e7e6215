using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>One bot against its own fresh loopback server, in two processes on the same data: the first without flood
/// limits (start-up, cold throughput, warm-up, warm throughput), the second with the scaled limits (broadcast).</summary>
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
                result = result with { StartupSeconds = first.StartupSeconds, StartupResources = first.Meter.EndPhase() };
                log.WriteLine($"  {bot.Name}: first reply after {first.StartupSeconds:0.00} s; cold throughput …");
                phase = "the cold throughput run";
                first.Meter.BeginPhase();
                var cold = await first.Watch(ThroughputScenario.RunAsync(server, tap, commands, workspace.Options, first.Died));
                result = result with { Throughput = cold, ThroughputResources = first.Meter.EndPhase() };
                log.WriteLine($"  {bot.Name}: cold: {cold.Answered}/{cold.Updates} answered, {cold.UpdatesPerSecond:0} updates/s, p99 {cold.P99Ms:0.0} ms");
                if (workspace.Options.Warmup > 0)
                {
                    phase = "the warm-up";
                    var warmup = workspace.Options with { Updates = Math.Max(workspace.Options.Warmup, workspace.Options.Chats) };
                    await first.Watch(ThroughputScenario.RunAsync(server, tap, commands, warmup, first.Died, workspace.Options.WarmupLimit));
                    phase = "the warm throughput run";
                    first.Meter.BeginPhase();
                    var warm = await first.Watch(ThroughputScenario.RunAsync(server, tap, commands, workspace.Options, first.Died));
                    result = result with { WarmThroughput = warm, WarmResources = first.Meter.EndPhase() };
                    log.WriteLine($"  {bot.Name}: warm: {warm.Answered}/{warm.Updates} answered, {warm.UpdatesPerSecond:0} updates/s, p99 {warm.P99Ms:0.0} ms");
                }

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
