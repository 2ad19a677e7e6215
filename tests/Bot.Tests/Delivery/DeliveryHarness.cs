using Bot.Reminders;
using Bot.Storage;
using Bot.Telegram.Sending;
using Bot.Tests.Storage;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Delivery;

/// <summary>The real gate and dispatcher (the scripted transport waits at the gate like the real one) on a real SQLite file, with generous limits so tests stay quick.
/// The dispatcher's clock starts at the database's (which dates the rows) and runs at real speed, so rows are as fresh as queued.</summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    /// <param name="reminders">The outbox's bounds (attempts, age); the defaults unless a spec is about them.</param>
    /// <param name="later">How long after the rows are queued (on the database's clock) the dispatcher runs.</param>
    /// <param name="leadership">Who plays the sending role; this instance alone unless a spec is about that.</param>
    public DeliveryHarness(FloodLimitOptions? limits = null, ReminderOptions? reminders = null, TimeSpan later = default, ILeadership? leadership = null)
    {
        var options = Options.Create(limits ?? new FloodLimitOptions { OverallPerSecond = 500, PerChatPerSecond = 50, PerGroupPerMinute = 1000 });
        Gate = new FloodGate(options, TimeProvider.System, NullLogger<FloodGate>.Instance);
        Transport = new ScriptedTransport(Gate, new ChatLifecycle(Db.Chats, Db.Outbox, NullLogger<ChatLifecycle>.Instance));
        Dispatcher = new OutboxDispatcher(Db.Outbox, Transport, options, Options.Create(reminders ?? new ReminderOptions()),
            leadership ?? new SoleInstanceLeadership(), new RunningClock(Db.Time.GetUtcNow() + later), Logs);
    }

    public FakeLogger<OutboxDispatcher> Logs { get; } = new();

    public TempDatabase Db { get; } = new();
    public ScriptedTransport Transport { get; }
    public FloodGate Gate { get; }
    public OutboxDispatcher Dispatcher { get; }

    /// <summary>Runs the dispatcher until nothing is pending (bounded).</summary>
    public async Task DrainAsync(TimeSpan? limit = null)
    {
        using var cts = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(20));
        await Dispatcher.StartAsync(CancellationToken.None);
        while (await Db.Outbox.CountAsync("pending") > 0)
        {
            await Task.Delay(20, cts.Token);
        }

        await Dispatcher.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Dispatcher.Dispose();
        await Gate.DisposeAsync();
        Db.Dispose();
    }
}
