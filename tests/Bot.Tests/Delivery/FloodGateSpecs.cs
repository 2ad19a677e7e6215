using Bot.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Delivery;

public sealed class FloodGateSpecs
{
    [Fact]
    public async Task A_command_reply_overtakes_a_queued_broadcast()
    {
        // Arrange: 2 messages per second overall, so a queue forms.
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 2, SafetyMargin = TimeSpan.Zero }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        var order = new List<string>();
        var broadcasts = Enumerable.Range(1, 4).Select(async i =>
        {
            await gate.WaitTurnAsync(1000 + i, false, DeliveryPriority.Broadcast);
            lock (order) order.Add($"b{i}");
        }).ToList();
        await Task.Delay(50);

        // Act
        await gate.WaitTurnAsync(7, false, DeliveryPriority.Reply);
        lock (order) order.Add("reply");
        await Task.WhenAll(broadcasts).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        order.IndexOf("reply").Should().BeLessThan(order.Count - 1, "the reply jumped the broadcast queue");
        order.IndexOf("reply").Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_chat_paused_by_a_429_does_not_hold_back_the_others()
    {
        // Arrange
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 100 }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        gate.ReportTooManyRequests(1, TimeSpan.FromSeconds(30));

        // Act
        var paused = gate.WaitTurnAsync(1, false, DeliveryPriority.Reply);
        var other = gate.WaitTurnAsync(2, false, DeliveryPriority.Broadcast);
        await other.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        paused.IsCompleted.Should().BeFalse();
    }
}
