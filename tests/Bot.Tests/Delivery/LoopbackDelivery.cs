using Bot.Reminders;
using Bot.Storage;
using Bot.Telegram;
using Bot.Telegram.Sending;
using Bot.Tests.Storage;
using Bot.Tests.Telegram;
using FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Tests.Delivery;

/// <summary>The real delivery stack (outbox on a real SQLite file, flood gate, dispatcher, the edge's TelegramSender)
/// against the loopback Bot API server. <see cref="Restart"/> gives a new process's stack on the same database.</summary>
internal sealed class LoopbackDelivery : IAsyncDisposable
{
    private readonly FloodLimitOptions _limits;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private LoopbackDelivery(FakeTelegramServer server, FloodLimitOptions limits, TempDatabase db)
    {
        Server = server;
        Db = db;
        _limits = limits;
        Restart();
    }

    public FakeTelegramServer Server { get; }
    public TempDatabase Db { get; }
    public FloodGate Gate { get; private set; } = null!;
    public OutboxDispatcher Dispatcher { get; private set; } = null!;

    public static async Task<LoopbackDelivery> StartAsync(FloodLimitOptions limits, FloodLimits serverLimits)
    {
        var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { FloodLimits = serverLimits });
        return new LoopbackDelivery(server, limits, new TempDatabase());
    }

    /// <summary>Fresh gate, client and dispatcher over the same database (the previous ones must be stopped).</summary>
    public void Restart()
    {
        Gate = new FloodGate(Options.Create(_limits), TimeProvider.System, NullLogger<FloodGate>.Instance);
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-TOKEN", Server.BaseUrl) { RetryThreshold = 0, RetryCount = 1 }, _http);
        var lifecycle = new ChatLifecycle(Db.Chats, Db.Outbox, NullLogger<ChatLifecycle>.Instance);
        var sender = new TelegramSender(bot, Gate, new SoleInstanceFloodBudget(), lifecycle, Options.Create(new TelegramOptions()), TimeProvider.System,
            NullLogger<TelegramSender>.Instance);
        // Its clock starts at the database's, which dates the rows, so they are as fresh as queued.
        Dispatcher = new OutboxDispatcher(Db.Outbox, new SenderTransport(sender), Options.Create(_limits), Options.Create(new ReminderOptions()),
            new SoleInstanceLeadership(), new RunningClock(Db.Time.GetUtcNow()), NullLogger<OutboxDispatcher>.Instance);
    }

    /// <summary>The process dies: the dispatcher is cancelled wherever it is, nothing drains, in-flight calls are cut.</summary>
    public async Task KillAsync()
    {
        await Dispatcher.StopAsync(new CancellationToken(canceled: true));
        Dispatcher.Dispose();
        await Gate.DisposeAsync();
    }

    /// <summary>Starts the dispatcher unless a spec already did (a second start would run a second sending loop over
    /// the same rows), then waits until nothing is pending.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        if (Dispatcher.ExecuteTask is null) await Dispatcher.StartAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource(limit);
        while (await Db.Outbox.CountAsync("pending") > 0)
        {
            await Task.Delay(25, cts.Token);
        }
    }

    public IReadOnlyList<RecordedRequest> Delivered() =>
        Server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).ToList();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        await Server.DisposeAsync();
        _http.Dispose();
        Db.Dispose();
    }
}
