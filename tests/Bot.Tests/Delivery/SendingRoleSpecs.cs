using Bot.Storage;
using Bot.Telegram.Sending;
using Bot.Tests.Reminders;

namespace Bot.Tests.Delivery;

/// <summary>The outbox is sent by the instance that plays <see cref="ClusterRole.Sending"/> only.</summary>
public sealed class SendingRoleSpecs
{
    [Fact]
    public async Task An_instance_that_does_not_play_the_sending_role_sends_nothing_until_it_is_handed_the_role()
    {
        // Arrange
        var role = new HandedRoleLeadership();
        await using var h = new DeliveryHarness(leadership: role);
        await h.Db.Outbox.EnqueueAsync(Enumerable.Range(1, 20).Select(i => new OutboxMessage("reminder:e:1h", i, $"m{i}")));
        await h.Dispatcher.StartAsync(CancellationToken.None);

        // Act
        var asked = await Eventually.WaitForAsync(() => Task.FromResult(role.Requests), n => n > 0);
        var sentWhileWaiting = h.Transport.Calls.Count;
        role.Grant();
        var sent = await Eventually.WaitForAsync(() => h.Db.Outbox.CountAsync("sent"), n => n == 20);

        // Assert
        asked.Should().Be(1, "it waits for the role");
        sentWhileWaiting.Should().Be(0);
        sent.Should().Be(20, "once it plays the role it sends everything pending");
        await h.Dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_sender_that_loses_the_role_stops_sending_at_once_and_resumes_where_it_left_off_when_it_plays_it_again()
    {
        // Arrange: 200 chats at 50 messages a second, 4 slots.
        var role = new HandedRoleLeadership();
        var limits = new FloodLimitOptions { OverallPerSecond = 50, PerChatPerSecond = 50, PerGroupPerMinute = 1000, MaxInFlight = 4, StartupHold = TimeSpan.Zero };
        await using var h = new DeliveryHarness(limits, leadership: role);
        await h.Db.Outbox.EnqueueAsync(Enumerable.Range(1, 200).Select(i => new OutboxMessage("reminder:e:1h", i, $"m{i}")));
        await h.Dispatcher.StartAsync(CancellationToken.None);
        role.Grant();
        await Eventually.WaitForAsync(() => Task.FromResult(h.Transport.Calls.Count), n => n >= 20);

        // Act
        role.Lose();
        var callsAtLoss = h.Transport.Calls.Count;
        var askedAgain = await Eventually.WaitForAsync(() => Task.FromResult(role.Requests), n => n == 2);
        var callsOnceStopped = h.Transport.Calls.Count;
        var pendingWhileStopped = await h.Db.Outbox.CountAsync("pending");
        role.Grant();
        var sent = await Eventually.WaitForAsync(() => h.Db.Outbox.CountAsync("sent"), n => n == 200, TimeSpan.FromSeconds(30));
        await h.Dispatcher.StopAsync(CancellationToken.None);

        // Assert
        askedAgain.Should().Be(2, "the sender gives the outbox up and waits for the role again");
        (callsOnceStopped - callsAtLoss).Should().BeLessThanOrEqualTo(limits.MaxInFlight, "only calls already past their turn may still go out");
        pendingWhileStopped.Should().BeGreaterThan(0, "the role was lost mid-broadcast");
        h.Logs.Collector.GetSnapshot().Should().Contain(r => r.Message.Contains("lost the sending role"));
        sent.Should().Be(200);
        h.Transport.Delivered.Select(d => d.ChatId).Distinct().Should().HaveCount(200, "no chat is skipped");
        h.Transport.Delivered.Count.Should().BeLessThanOrEqualTo(200 + limits.MaxInFlight,
            "only calls on the wire when the role was lost are abandoned and sent again (the README's bound)");
    }
}
