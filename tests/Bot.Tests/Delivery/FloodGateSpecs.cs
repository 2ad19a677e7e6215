using Bot.Telegram.Sending;
using Bot.Tests.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Delivery;

public sealed class FloodGateSpecs
{
    [Fact]
    public async Task A_command_reply_overtakes_a_queued_broadcast()
    {
        // Arrange: 1 message per second overall; the first broadcast holds its call open until the reply is queued, so
        // the only overall permit is taken and the other three broadcasts wait.
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 1, SafetyMargin = TimeSpan.Zero }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        var order = new List<string>();
        var replyQueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var broadcasts = Enumerable.Range(1, 4).Select(async i =>
        {
            await gate.WaitTurnAsync(1000 + i, false, SendPriority.Broadcast);
            lock (order) order.Add($"b{i}");
            await replyQueued.Task;
            gate.Completed();
        }).ToList();
        await Eventually.WaitForAsync(() =>
        {
            lock (order) return Task.FromResult(order.Count);
        }, n => n == 1, TimeSpan.FromSeconds(10));

        // Act
        var reply = gate.WaitTurnAsync(7, false, SendPriority.Interactive);
        replyQueued.SetResult();
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
        lock (order) order.Add("reply");
        gate.Completed();
        await Task.WhenAll(broadcasts).WaitAsync(TimeSpan.FromSeconds(20));

        // Assert
        order.Should().HaveCount(5);
        order.IndexOf("reply").Should().Be(1, "the reply took the first permit that came back, before the queued broadcasts");
    }

    [Fact]
    public async Task A_chat_paused_by_a_429_does_not_hold_back_the_others()
    {
        // Arrange
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 100 }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        gate.ReportTooManyRequests(1, TimeSpan.FromSeconds(30));

        // Act
        var paused = gate.WaitTurnAsync(1, false, SendPriority.Interactive);
        var other = gate.WaitTurnAsync(2, false, SendPriority.Broadcast);
        await other.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        paused.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task A_429_pause_is_forgotten_once_it_is_over()
    {
        // Arrange
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 100, StartupHold = TimeSpan.Zero }),
            time, NullLogger<FloodGate>.Instance);
        for (var chat = 1; chat <= 50; chat++) gate.ReportTooManyRequests(chat, TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(6));

        // Act
        gate.ReportTooManyRequests(51, TimeSpan.FromSeconds(5));
        await gate.WaitTurnAsync(1, false, SendPriority.Interactive).WaitAsync(TimeSpan.FromSeconds(10));
        gate.Completed();

        // Assert
        gate.PausedChats.Should().Be(1, "only chat 51 is still paused");
    }

    [Fact]
    public async Task A_new_gate_grants_nothing_until_its_startup_hold_has_passed()
    {
        // Arrange: a predecessor process may have used Telegram's last second for this token.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { StartupHold = TimeSpan.FromSeconds(1) }),
            time, NullLogger<FloodGate>.Instance);

        // Act
        var turn = gate.WaitTurnAsync(1, false, SendPriority.Interactive);
        await Task.Delay(100);
        var heldAtStart = !turn.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        heldAtStart.Should().BeTrue();
        turn.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task A_granted_turn_is_not_kept_alive_by_the_callers_long_lived_token()
    {
        // Arrange: replies pass the host's token, which lives as long as the bot; the gate once left a cancel
        // registration on it for every turn it granted at once (about 400 bytes per message sent, never freed).
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 1000, StartupHold = TimeSpan.Zero }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        using var hostLifetime = new CancellationTokenSource();

        // Act
        var turns = await GrantedTurnsAsync(gate, hostLifetime.Token, 50);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Assert
        turns.Count(t => t.TryGetTarget(out _)).Should().Be(0, "once a turn is granted, the token no longer refers to it");
    }

    [Fact]
    public async Task A_turn_cancelled_while_queued_takes_no_permit()
    {
        // Arrange: one permit per second, taken by chat 1.
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 1, SafetyMargin = TimeSpan.Zero, StartupHold = TimeSpan.Zero }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        await gate.WaitTurnAsync(1, false, SendPriority.Interactive).WaitAsync(TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource();

        // Act
        var cancelled = gate.WaitTurnAsync(2, false, SendPriority.Interactive, cancel.Token);
        var next = gate.WaitTurnAsync(3, false, SendPriority.Broadcast);
        await cancel.CancelAsync();
        gate.Completed();
        await next.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        cancelled.IsCanceled.Should().BeTrue();
        next.IsCompletedSuccessfully.Should().BeTrue("the permit chat 1 returned went to the next live waiter");
    }

    [Fact]
    public async Task An_idle_gate_sleeps_and_wakes_for_a_turn_it_must_grant_later()
    {
        // Arrange: a bot is idle most of the time; the gate's 5 ms heartbeat should not run then.
        await using var gate = new FloodGate(Options.Create(new FloodLimitOptions { OverallPerSecond = 100, StartupHold = TimeSpan.Zero }),
            TimeProvider.System, NullLogger<FloodGate>.Instance);
        await gate.WaitTurnAsync(1, false, SendPriority.Interactive).WaitAsync(TimeSpan.FromSeconds(5));
        gate.Completed();
        await Eventually.WaitForAsync(() => Task.FromResult(gate.Sleeping), s => s, TimeSpan.FromSeconds(5));
        gate.ReportTooManyRequests(2, TimeSpan.FromSeconds(1));

        // Act: chat 2 is paused, so only the heartbeat can grant its turn, a second from now.
        var paused = gate.WaitTurnAsync(2, false, SendPriority.Interactive);
        var grantedAtOnce = paused.IsCompleted;
        await paused.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        grantedAtOnce.Should().BeFalse();
        paused.IsCompletedSuccessfully.Should().BeTrue("asking for a turn wakes the sleeping heartbeat");
    }

    // Not inlined, so no local of this frame keeps the tasks alive while the caller collects.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference<Task>>> GrantedTurnsAsync(FloodGate gate, CancellationToken token, int count)
    {
        var turns = new List<WeakReference<Task>>();
        for (var i = 0; i < count; i++)
        {
            var turn = gate.WaitTurnAsync(i, false, SendPriority.Interactive, token);
            await turn.WaitAsync(TimeSpan.FromSeconds(5));
            gate.Completed();
            turns.Add(new WeakReference<Task>(turn));
        }

        return turns;
    }
}
