using Bot.Core.Catalog;
using Bot.Hosting;
using Bot.Telegram.Receiving;
using FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

/// <summary>The real host (BotApplication.CreateBuilder + TelegramHost.Build, as Program runs it) against a
/// <see cref="FakeTelegramServer"/>, with a temp data folder, <see cref="SampleEvents.MoreThanAPage"/> in its catalog and
/// a clock at <see cref="SampleEvents.Now"/> (unless the spec brings its own).</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "123456:TEST-secret_Value";
    public const long AdminId = 1001;

    private readonly bool _ownsServer;
    private readonly string? _ownedFolder;

    private BotHarness(FakeTelegramServer server, IHost host, string folder, bool ownsServer, bool ownsFolder)
    {
        Server = server;
        Host = host;
        Folder = folder;
        _ownsServer = ownsServer;
        _ownedFolder = ownsFolder ? folder : null;
    }

    public FakeTelegramServer Server { get; }
    public IHost Host { get; }
    public string Folder { get; }
    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    public static async Task<BotHarness> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        FakeTelegramServer? server = null,
        string? folder = null,
        bool waitForPolling = true)
    {
        var ownsServer = server is null;
        server ??= await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("bot-telegram-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "content"));
        // Also as arguments: the builder picks the storage backend (Storage:Provider) while it is created.
        var builder = BotApplication.CreateBuilder([.. (settings ?? new Dictionary<string, string?>()).Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}")]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Content:Path"] = Path.Combine(folder, "content"),
            ["Storage:Path"] = Path.Combine(folder, "data", "bot.db"),
            ["Bot:AdminUserIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Flood limits are exercised by the reminders' delivery specs; here they would only slow bursts of questions.
            ["Telegram:Limits:OverallPerSecond"] = "1000",
            ["Telegram:Limits:PerChatPerSecond"] = "1000",
            ["Telegram:Limits:PerGroupPerMinute"] = "10000",
            // The reminders' content watcher would reload behind the admin specs' back.
            ["Content:Watch"] = "false",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(new RunningClock(SampleEvents.Now));
        services?.Invoke(builder.Services);
        var host = TelegramHost.Build(builder);
        var harness = new BotHarness(server, host, folder, ownsServer, ownsFolder);
        await host.StartAsync();
        host.Services.GetRequiredService<EventCatalog>().Reload(SampleEvents.MoreThanAPage);
        if (waitForPolling) await server.WaitUntilPollingAsync();
        return harness;
    }

    /// <summary>Polling confirms an update once it is kept and dispatched: wait for a getUpdates whose offset is past it,
    /// then until everything dispatched is handled.</summary>
    public async Task WhenHandledAsync(Update update, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        await Server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Parameters["offset"] is { } offset && offset.GetValue<int>() > update.Id, limit);
        await Host.Services.GetRequiredService<UpdateDispatcher>().WhenIdleAsync(CancellationToken.None).WaitAsync(limit);
    }

    /// <summary>Error log lines with their exceptions (an update that failed, a refused call).</summary>
    public IReadOnlyList<string> FailedUpdates() =>
        [.. Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Category}: {r.Message} {r.Exception}")];

    /// <summary>Enqueues <paramref name="text"/> and waits for the first message the bot sends in answer.</summary>
    public async Task<RecordedRequest> AskAsync(Chat chat, User from, string text, int? threadId = null)
    {
        var mark = Server.LastSequence;
        var update = Server.EnqueueMessage(chat, from, text, threadId);
        var asked = update.Message!.Id;
        return await Server.WaitForRequestAsync(r => r.Sequence > mark && r.Succeeded
            && r.Method is "sendMessage" or "sendDocument" && r.ChatId == chat.Id
            && (chat.Id > 0 || r.ReplyToMessageId == asked));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
        if (_ownsServer) await Server.DisposeAsync();
        if (_ownedFolder is not null) Directory.Delete(_ownedFolder, recursive: true);
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
    }
}
