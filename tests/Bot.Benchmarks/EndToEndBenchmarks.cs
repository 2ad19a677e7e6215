using BenchmarkDotNet.Attributes;
using Bot.Hosting;
using Bot.Telegram;
using FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Benchmarks;

/// <summary>Updates handled per second end to end: the loopback Bot API server queues commands from 100 chats, the
/// real host (polling, dispatcher, conversation over the 69-page corpus, sender) answers, the server records the
/// replies. One operation = one update answered. <c>dotnet run -c Release --project tests/Bot.Benchmarks -- --filter *EndToEnd*</c></summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private const int Chats = 100;
    private const int UpdatesPerInvoke = 1_000;
    private static readonly string[] Questions = ["/agenda@fake_bot 24", "/speaker 仪式", "/next", "/search@fake_bot 服务发现", "/slides", "/help@fake_bot", "/events"];
    private FakeTelegramServer _server = null!;
    private IHost _host = null!;
    private readonly List<(Chat Chat, User From)> _chats = [];

    [GlobalSetup]
    public async Task StartAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        var data = Directory.CreateTempSubdirectory("bot-bench-").FullName;
        var builder = BotApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "123456:BENCH",
            ["Telegram:ApiBaseUrl"] = _server.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Content:Path"] = RepoPaths.Corpus,
            ["Storage:Path"] = Path.Combine(data, "bot.db"),
            // This measures the bot's own cost per update. With Telegram's limits (30/s overall, 20/min per group) the
            // replies would simply be paced at 30/s; the broadcast benchmark measures that pacing separately.
            ["Telegram:Limits:OverallPerSecond"] = "1000000",
            ["Telegram:Limits:PerChatPerSecond"] = "1000000",
            ["Telegram:Limits:PerGroupPerMinute"] = "1000000",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _host = TelegramHost.Build(builder);
        await _host.StartAsync();
        await _server.WaitUntilPollingAsync();
        for (var i = 0; i < Chats; i++)
        {
            var user = FakeChats.User(10_000 + i, i % 2 == 0 ? "zh" : "en");
            // Groups, so every answer quotes its question and answers can be counted per question.
            _chats.Add((i % 2 == 0 ? FakeChats.Supergroup(10_000 + i) : FakeChats.Group(10_000 + i), user));
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = UpdatesPerInvoke)]
    public async Task UpdatesAnsweredFrom100Chats()
    {
        var mark = _server.LastSequence;
        for (var i = 0; i < UpdatesPerInvoke; i++)
        {
            var (chat, from) = _chats[i % Chats];
            _server.EnqueueMessage(chat, from, Questions[i % Questions.Length]);
        }
        // Long answers are split in several messages: count questions answered, not messages.
        var answered = new HashSet<(long?, int?)>();
        await _server.WaitForRequestsAsync(r => r.Sequence > mark && r.Succeeded && r.Method == "sendMessage" && answered.Add((r.ChatId, r.ReplyToMessageId)),
            UpdatesPerInvoke, TimeSpan.FromMinutes(2));
    }
}
