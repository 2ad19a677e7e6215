using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>Group chats each send their share of the commands one after another, the next as soon as the reply to
/// the previous one is recorded: the bot always has <see cref="PeersOptions.Chats"/> commands in flight. Latency is
/// enqueue → reply recorded by the server.</summary>
public static class ThroughputScenario
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    /// <param name="stopAfter">When set, chats send no new command after this long (the warm-up).</param>
    public static async Task<ThroughputResult> RunAsync(FakeTelegramServer server, ReplyTap tap, IReadOnlyList<string> commands, PeersOptions options,
        CancellationToken botDied, TimeSpan? stopAfter = null)
    {
        var latencies = new double[options.Updates];
        var answered = 0;
        var started = Stopwatch.GetTimestamp();
        var chats = Enumerable.Range(0, options.Chats).Select(async c =>
        {
            var chat = FakeChats.Group(10_000 + c, $"Load group {c}");
            var user = FakeChats.User(100_000 + c);
            for (var i = c; i < options.Updates; i += options.Chats)
            {
                if (stopAfter is { } limit && Stopwatch.GetElapsedTime(started) > limit) break;
                var sent = Stopwatch.GetTimestamp();
                var update = server.EnqueueMessage(chat, user, commands[i % commands.Count]);
                try
                {
                    var replied = await tap.ReplyTo(chat.Id, update.Message!.Id).WaitAsync(ReplyTimeout, botDied);
                    latencies[i] = Stopwatch.GetElapsedTime(sent, replied).TotalMilliseconds;
                    Interlocked.Increment(ref answered);
                }
                catch (TimeoutException)
                {
                    latencies[i] = double.NaN;
                }
            }
        });
        await Task.WhenAll(chats);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var measured = latencies.Where(l => l > 0 && !double.IsNaN(l)).Order().ToArray();
        return new ThroughputResult(options.Updates, answered, tap.RepeatedReplies, elapsed, Percentile(measured, 0.50), Percentile(measured, 0.99));
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
