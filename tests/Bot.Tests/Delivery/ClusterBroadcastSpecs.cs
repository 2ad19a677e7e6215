using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using Xunit.Abstractions;

namespace Bot.Tests.Delivery;

/// <summary>Three bot processes on one PostgreSQL database send one reminder to 3,000 subscribed chats: only the instance
/// that plays the sending role sends, so the bot's token stays within Telegram's limits (scaled ten times here: 300
/// messages a second, 1 a second per chat, 20 a minute per group) however many instances there are.</summary>
public sealed class ClusterBroadcastSpecs(ITestOutputHelper output)
{
    private const int Instances = 3;
    private const int OverallPerSecond = 300;

    // The sender's slots for reminders (messages between asking for a turn and recording the outcome): only those can
    // repeat when it is killed.
    private const int MaxInFlight = 20;

    // Every tenth chat a group.
    private static readonly IReadOnlyList<long> Chats = [.. Enumerable.Range(1, 3_000).Select(i => i % 10 == 0 ? -(long)i : i)];

    // Time for three cold processes to start and plan the reminder on a loaded two-core machine before it is due.
    private static readonly TimeSpan PlanningTime = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [PostgresFact]
    public async Task Three_instances_send_a_reminder_to_every_chat_exactly_once_from_one_sender_without_a_429()
    {
        // Arrange
        await using var cluster = await BotCluster.StartAsync(Chats, Instances, OverallPerSecond, MaxInFlight, PlanningTime);

        // Act
        var sent = await Eventually.WaitForAsync(() => cluster.Backend.Outbox.CountAsync("sent"), n => n == Chats.Count, Patience);
        var delivered = cluster.Delivered().GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());

        // Assert
        var errors = string.Join(" | ", cluster.Errors());
        output.WriteLine($"fired at {cluster.FiresAt:HH:mm:ss}; senders: {string.Join(", ", cluster.SenderPids())}; errors: {errors}");
        sent.Should().Be(Chats.Count, errors);
        delivered.Keys.Should().BeEquivalentTo(Chats, "every chat gets the reminder");
        delivered.Values.Should().OnlyContain(n => n == 1, "exactly once");
        cluster.SenderPids().Should().ContainSingle("one instance sends; the others stand by");
        (await cluster.SendersOfSentRowsAsync()).Should().Be(1);
        cluster.Server.FloodViolations.Should().Be(0);
    }

    [PostgresFact]
    public async Task When_the_sender_is_killed_mid_broadcast_another_instance_takes_over_skipping_no_chat_and_repeating_only_what_was_in_flight()
    {
        // Arrange
        await using var cluster = await BotCluster.StartAsync(Chats, Instances, OverallPerSecond, MaxInFlight, PlanningTime);
        await cluster.Server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, Chats.Count / 3, Patience);
        var sender = cluster.Sender!;

        // Act: kill -9, a third of the way through.
        sender.Kill();
        var killedAt = TimeProvider.System.GetUtcNow();
        await sender.WaitForExitAsync();
        var deliveredAtKill = cluster.Delivered().Count;
        var sent = await Eventually.WaitForAsync(() => cluster.Backend.Outbox.CountAsync("sent"), n => n == Chats.Count, Patience);

        // Assert
        var delivered = cluster.Delivered();
        var byChat = delivered.GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var repeats = byChat.Values.Sum(n => n - 1);
        var resumedAt = delivered.Where(r => r.ReceivedAt > killedAt).Select(r => r.ReceivedAt).DefaultIfEmpty(killedAt).Min();
        var errors = string.Join(" | ", cluster.Errors());
        output.WriteLine($"killed {sender.Id} after {deliveredAtKill} deliveries; senders: {string.Join(", ", cluster.SenderPids())}; " +
            $"sending resumed {(resumedAt - killedAt).TotalSeconds:0.0} s after the kill; repeats: {repeats}; errors: {errors}");
        deliveredAtKill.Should().BeLessThan(Chats.Count, "the kill came mid-broadcast");
        sent.Should().Be(Chats.Count, errors);
        cluster.SenderPids().Should().HaveCount(2).And.OnlyHaveUniqueItems("another instance took the sending role over");
        byChat.Keys.Should().BeEquivalentTo(Chats, "no chat is skipped");
        repeats.Should().BeLessThanOrEqualTo(MaxInFlight, "only the messages in flight at the kill repeat");
        (resumedAt - killedAt).Should().BeLessThan(TimeSpan.FromSeconds(15), "the new sender does not wait out the dead one's 5-minute claims");
        cluster.Server.FloodViolations.Should().Be(0);
    }
}
