using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>Turns the scaled flood limits on, triggers the bot's broadcast and waits until every subscriber has its
/// message (or a deadline), then a little longer to catch repeats.</summary>
public static class BroadcastScenario
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>Subscribers: 2,000,000 + i, every tenth (by <see cref="PeersOptions.GroupShare"/>) a group.</summary>
    public static IReadOnlyList<long> Subscribers(PeersOptions options)
    {
        var groupEvery = options.GroupShare <= 0 ? int.MaxValue : (int)Math.Round(1 / options.GroupShare);
        return [.. Enumerable.Range(0, options.Broadcast).Select(i => i % groupEvery == groupEvery - 1 ? -(2_000_000L + i) : 2_000_000L + i)];
    }

    public static async Task<BroadcastResult> RunAsync(FakeTelegramServer server, ReplyTap tap, IBotUnderTest bot, BotWorkspace workspace, CancellationToken botDied)
    {
        var options = workspace.Options;
        var subscribers = Subscribers(options);
        server.EnableFloodLimits(new FloodLimits(options.OverallPerSecond, options.PerChatPerSecond, options.PerGroupPerMinute));
        var deadline = options.TheoreticalBroadcast * 5 + TimeSpan.FromSeconds(30);
        var started = Stopwatch.GetTimestamp();
        bot.TriggerBroadcast(server, workspace);
        while (Stopwatch.GetElapsedTime(started) < deadline && subscribers.Any(c => tap.DeliveriesTo(c) == 0))
        {
            await Task.Delay(100, botDied);
        }

        var ended = Stopwatch.GetTimestamp();
        var reached = subscribers.Select(tap.FirstDeliveryTo).OfType<long>().ToList();
        var first = reached.Count > 0 ? reached.Min() : ended;
        var last = reached.Count == subscribers.Count ? reached.Max() : ended;
        await Task.Delay(Settle, botDied);
        var violations = server.FloodViolations;
        server.DisableFloodLimits();
        var deliveries = subscribers.Select(tap.DeliveriesTo).ToList();
        return new BroadcastResult(
            subscribers.Count,
            deliveries.Count(n => n > 0),
            deliveries.Sum(n => Math.Max(0, n - 1)),
            violations,
            Stopwatch.GetElapsedTime(started, first),
            Stopwatch.GetElapsedTime(first, last),
            options.TheoreticalBroadcast);
    }
}
