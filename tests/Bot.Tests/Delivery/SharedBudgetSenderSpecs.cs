using Bot.Storage;
using Bot.Telegram;
using Bot.Telegram.Sending;
using Bot.Tests.Storage;
using FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Tests.Delivery;

/// <summary>The sender asks the budget shared with other instances after its own gate, and gives both turns back.</summary>
public sealed class SharedBudgetSenderSpecs : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TempDatabase _db = new();
    private FakeTelegramServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task A_message_the_shared_budget_refuses_goes_once_the_budget_grants_it_and_its_turn_is_given_back()
    {
        // Arrange
        var budget = new ScriptedBudget { RefusalsLeft = 2 };
        await using var gate = Gate(overallPerSecond: 30);
        var sender = Sender(gate, budget);

        // Act
        var result = await sender.SendTextAsync(71, "hello", SendPriority.Interactive);

        // Assert
        result.IsSent.Should().BeTrue();
        budget.Asked.Should().Equal((71, true), (71, true), (71, true));
        budget.Completed.Should().Equal(3L);
        _server.Requests.Should().ContainSingle(r => r.Method == "sendMessage" && r.ChatId == 71);
    }

    [Fact]
    public async Task A_broadcast_asks_the_shared_budget_as_not_interactive()
    {
        // Arrange
        var budget = new ScriptedBudget();
        await using var gate = Gate(overallPerSecond: 30);

        // Act
        await Sender(gate, budget).SendTextAsync(-72, "reminder", SendPriority.Broadcast);

        // Assert
        budget.Asked.Should().Equal((-72L, false));
    }

    [Fact]
    public async Task Giving_up_while_the_shared_budget_refuses_gives_the_gate_s_turn_back()
    {
        // Arrange: the gate has one permit, taken by a send the shared budget keeps refusing.
        var budget = new ScriptedBudget { RefusalsLeft = int.MaxValue };
        await using var gate = Gate(overallPerSecond: 1);
        var sender = Sender(gate, budget);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var first = () => sender.SendTextAsync(73, "first", SendPriority.Interactive, cancellationToken: giveUp.Token);
        await first.Should().ThrowAsync<OperationCanceledException>();

        // Act
        budget.RefusalsLeft = 0;
        var second = await sender.SendTextAsync(74, "second", SendPriority.Interactive).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        second.IsSent.Should().BeTrue("the abandoned send's permit came back to the gate");
    }

    private static FloodGate Gate(int overallPerSecond) => new(
        Options.Create(new FloodLimitOptions { OverallPerSecond = overallPerSecond, StartupHold = TimeSpan.Zero }),
        TimeProvider.System, NullLogger<FloodGate>.Instance);

    private TelegramSender Sender(FloodGate gate, ISharedFloodBudget budget)
    {
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-TOKEN", _server.BaseUrl) { RetryThreshold = 0, RetryCount = 1 }, _http);
        return new TelegramSender(bot, gate, budget, new ChatLifecycle(_db.Chats, _db.Outbox, NullLogger<ChatLifecycle>.Instance),
            Options.Create(new TelegramOptions()), TimeProvider.System, NullLogger<TelegramSender>.Instance);
    }

    /// <summary>Refuses the first <see cref="RefusalsLeft"/> asks (come back in 20 ms), then grants turns numbered by ask.</summary>
    private sealed class ScriptedBudget : ISharedFloodBudget
    {
        private readonly Lock _lock = new();

        public int RefusalsLeft { get; set; }
        public List<(long ChatId, bool Interactive)> Asked { get; } = [];
        public List<long> Completed { get; } = [];

        public ValueTask<FloodTurn> TryTakeAsync(long chatId, bool isGroup, bool interactive, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Asked.Add((chatId, interactive));
                if (RefusalsLeft-- > 0) return ValueTask.FromResult(FloodTurn.Refused(TimeSpan.FromMilliseconds(20)));
                return ValueTask.FromResult(FloodTurn.Taken(Asked.Count));
            }
        }

        public ValueTask CompletedAsync(FloodTurn turn)
        {
            lock (_lock) Completed.Add(turn.Id);
            return ValueTask.CompletedTask;
        }
    }
}
