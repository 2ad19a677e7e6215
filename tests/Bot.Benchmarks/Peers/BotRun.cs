using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>One bot, start to finish, against its own fresh loopback server: start-up, throughput, broadcast.</summary>
public static class BotRun
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    public static async Task<BotResult> RunAsync(IBotUnderTest bot, BotWorkspace workspace, IReadOnlyList<string> commands, TextWriter log)
    {
        var result = new BotResult(bot.Name);
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { Token = BotWorkspace.Token });
        await using var tap = new ReplyTap(server);
        await bot.SeedSubscribersAsync(workspace, BroadcastScenario.Subscribers(workspace.Options), CancellationToken.None);

        // The first command waits in the queue before the process starts: start-up = process start → its reply.
        var probeChat = FakeChats.Group(1, "Start-up probe");
        var probe = server.EnqueueMessage(probeChat, FakeChats.User(1), commands[0]);
        await using var child = ChildProcess.Start(bot.StartInfo(workspace, server.BaseUrl));
        await using var meter = new ResourceMeter(child.Id);
        using var died = new CancellationTokenSource();
        _ = child.Exited.ContinueWith(_ => died.Cancel(), TaskScheduler.Default);
        var phase = "the first reply";
        try
        {
            var replied = await tap.ReplyTo(probeChat.Id, probe.Message!.Id).WaitAsync(StartupTimeout, died.Token);
            result = result with { StartupSeconds = Stopwatch.GetElapsedTime(child.StartedAt, replied).TotalSeconds };
            log.WriteLine($"  {bot.Name}: first reply after {result.StartupSeconds:0.00} s; throughput …");

            phase = "the throughput run";
            meter.BeginPhase();
            var throughput = await ThroughputScenario.RunAsync(server, tap, commands, workspace.Options, died.Token);
            result = result with { Throughput = throughput, ThroughputResources = meter.EndPhase() };
            log.WriteLine($"  {bot.Name}: {throughput.Answered}/{throughput.Updates} answered, {throughput.UpdatesPerSecond:0} updates/s; broadcast …");

            phase = "the broadcast";
            meter.BeginPhase();
            var broadcast = await BroadcastScenario.RunAsync(server, tap, bot, workspace, died.Token);
            result = result with { Broadcast = broadcast, BroadcastResources = meter.EndPhase() };
            log.WriteLine($"  {bot.Name}: reached {broadcast.Reached}/{broadcast.Chats} chats in {broadcast.Elapsed.TotalSeconds:0.0} s, {broadcast.FloodViolations} × 429");
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            var why = died.IsCancellationRequested ? $"The bot exited during {phase}." : $"No end to {phase} in time: {ex.Message}";
            result = result with { Error = why + Environment.NewLine + "Bot output (last lines):" + Environment.NewLine + child.OutputTail };
            log.WriteLine($"  {bot.Name}: FAILED: {result.Error}");
        }

        return result with { PeakRssMb = meter.Last.PeakRssKb / 1024.0 };
    }
}
