using Bot.Storage;
using Bot.Storage.Sqlite;
using Bot.Telegram.Sending;
using Bot.Tests.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Delivery;

/// <summary>A new process's flood gate holds its first sends only as long as its predecessor's last calls require.</summary>
public sealed class SenderHandoverSpecs : IDisposable
{
    private static readonly FloodLimitOptions Limits = new() { StartupHold = TimeSpan.FromSeconds(1), SafetyMargin = TimeSpan.FromMilliseconds(50) };
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_bot_on_a_database_no_process_has_sent_from_grants_its_first_turn_at_once()
    {
        // Arrange
        await using var gate = NewGate();

        // Act
        await Handover(gate, new SqliteSenderHistory(_db.Database)).StartingAsync(CancellationToken.None);

        // Assert: without advancing the clock.
        await gate.WaitTurnAsync(1, false, SendPriority.Interactive).WaitAsync(TimeSpan.FromSeconds(10));
        gate.StartupHoldLeft.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task After_a_clean_stop_the_hold_lasts_until_a_second_and_the_margin_after_it()
    {
        // Arrange: the previous process stopped cleanly 400 ms before this one starts.
        var previous = new SqliteSenderHistory(_db.Database);
        await previous.StartAsync(CancellationToken.None);
        await previous.StoppedAsync(_db.Time.GetUtcNow(), CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromMilliseconds(400));
        await using var gate = NewGate();

        // Act
        await Handover(gate, new SqliteSenderHistory(_db.Open())).StartingAsync(CancellationToken.None);
        var turn = gate.WaitTurnAsync(1, false, SendPriority.Interactive);
        var heldBefore = gate.StartupHoldLeft;
        _db.Time.Advance(TimeSpan.FromMilliseconds(650));
        await turn.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        heldBefore.Should().BeCloseTo(TimeSpan.FromMilliseconds(650), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task After_a_crash_the_whole_hold_stays()
    {
        // Arrange: the previous process started sending and never recorded a stop.
        await new SqliteSenderHistory(_db.Database).StartAsync(CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromMinutes(5));
        await using var gate = NewGate();

        // Act
        await Handover(gate, new SqliteSenderHistory(_db.Open())).StartingAsync(CancellationToken.None);

        // Assert
        gate.StartupHoldLeft.Should().BeCloseTo(Limits.StartupHold, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_stop_recorded_in_the_future_of_this_clock_holds_no_longer_than_the_whole_hold()
    {
        // Arrange: the clock was set back an hour between the two processes.
        var previous = new SqliteSenderHistory(_db.Database);
        await previous.StartAsync(CancellationToken.None);
        await previous.StoppedAsync(_db.Time.GetUtcNow().AddHours(1), CancellationToken.None);
        await using var gate = NewGate();

        // Act
        await Handover(gate, new SqliteSenderHistory(_db.Open())).StartingAsync(CancellationToken.None);

        // Assert
        gate.StartupHoldLeft.Should().BeCloseTo(Limits.StartupHold, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_history_that_cannot_be_read_keeps_the_whole_hold_and_says_so()
    {
        // Arrange
        await using var gate = NewGate();
        var logs = new FakeLogger<SenderHandover>();

        // Act
        await new SenderHandover(gate, new UnreadableHistory(), Options.Create(Limits), _db.Time, logs).StartingAsync(CancellationToken.None);

        // Assert
        gate.StartupHoldLeft.Should().BeCloseTo(Limits.StartupHold, TimeSpan.FromMilliseconds(1));
        logs.LatestRecord.Level.Should().Be(LogLevel.Warning);
        logs.LatestRecord.Message.Should().Contain("previous process");
    }

    private FloodGate NewGate() => new(Options.Create(Limits), _db.Time, NullLogger<FloodGate>.Instance);

    private SenderHandover Handover(FloodGate gate, ISenderHistory history) =>
        new(gate, history, Options.Create(Limits), _db.Time, NullLogger<SenderHandover>.Instance);

    private sealed class UnreadableHistory : ISenderHistory
    {
        public Task<PredecessorCalls> StartAsync(CancellationToken cancellationToken) => throw new IOException("disk I/O error");

        public Task StoppedAsync(DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
