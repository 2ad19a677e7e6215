using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>One bot the benchmark runs: how to seed its subscribers, start it against the loopback server and
/// make it broadcast.</summary>
public interface IBotUnderTest
{
    /// <summary>Column heading: <c>ours</c>, <c>grammY a</c>, <c>grammY b</c>.</summary>
    string Name { get; }

    /// <summary>Subscribes the chats the way the bot stores subscriptions, before it starts (not measured).</summary>
    Task SeedSubscribersAsync(BotWorkspace workspace, IReadOnlyList<long> chatIds, CancellationToken cancellationToken);

    /// <param name="limited">With the scaled flood limits configured (broadcast), or with limits too high to matter
    /// (throughput: the server enforces none then, and group chats would otherwise be held to 20 replies a minute).</param>
    ProcessStartInfo StartInfo(BotWorkspace workspace, string apiBaseUrl, bool limited);

    /// <summary>Asks the running bot to send <see cref="BotWorkspace.BroadcastHtml"/> to every subscriber.</summary>
    void TriggerBroadcast(FakeTelegramServer server, BotWorkspace workspace);
}
