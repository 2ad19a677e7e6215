using Bot.Core.Reminders;
using System.Diagnostics;
using System.Globalization;
using Bot.Reminders;
using Bot.Storage;
using Bot.Storage.Sqlite;
using Bot.Telegram;
using Bot.Telegram.Sending;
using FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Benchmarks;

/// <summary><c>dotnet run -c Release --project tests/Bot.Benchmarks -- broadcast [messages] [overall/s] [per chat/s] [margin ms]</c>:
/// the production delivery stack (SQLite outbox, dispatcher, TelegramSender behind the flood gate) broadcasting through
/// the loopback Bot API server, which enforces the same limits and counts every violation. Efficiency = theoretical
/// minimum time (⌈messages ÷ overall limit⌉ − 1 s, first to last accepted) ÷ measured time. One run, wall clock: a throughput figure, not a micro-benchmark.</summary>
public static class BroadcastBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var overall = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var perChat = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var margin = args.Length > 3 ? TimeSpan.FromMilliseconds(int.Parse(args[3], CultureInfo.InvariantCulture)) : new FloodLimitOptions().SafetyMargin;
        const int messagesPerChat = 5;
        var folder = Directory.CreateTempSubdirectory("bot-broadcast-").FullName;
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions
        {
            FloodLimits = new FloodLimits(overall, perChat, PerGroupPerMinute: null),
        });
        var limits = new FloodLimitOptions { OverallPerSecond = overall, PerChatPerSecond = perChat, SafetyMargin = margin, StartupHold = TimeSpan.Zero };
        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(folder, "bot.db") }), NullLogger<SqliteDatabase>.Instance);
        var time = TimeProvider.System;
        var chats = new SqliteChatStore(database, time);
        var outbox = new SqliteOutboxStore(database, time);
        await outbox.EnqueueAsync(Enumerable.Range(0, messages).Select(i =>
            new OutboxMessage($"bench:{i / (messages / messagesPerChat)}", 1 + i % (messages / messagesPerChat), $"⏰ <b>Reminder</b> #{i}")));

        await using var gate = new FloodGate(Options.Create(limits), time, NullLogger<FloodGate>.Instance);
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:BENCH", server.BaseUrl) { RetryThreshold = 0, RetryCount = 1 }, http);
        var sender = new TelegramSender(bot, gate, new SoleInstanceFloodBudget(), new ChatLifecycle(chats, outbox, NullLogger<ChatLifecycle>.Instance),
            Options.Create(new TelegramOptions()), time, NullLogger<TelegramSender>.Instance);
        using var dispatcher = new OutboxDispatcher(outbox, new SenderTransport(sender), Options.Create(limits), Options.Create(new ReminderOptions()), new SoleInstanceLeadership(), time,
            NullLogger<OutboxDispatcher>.Instance);

        var clock = Stopwatch.StartNew();
        await dispatcher.StartAsync(CancellationToken.None);
        while (await outbox.CountAsync("pending") > 0 && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20);
        }

        var requests = server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).ToList();
        var actual = requests.Count > 0 ? (requests.Max(r => r.ReceivedAt) - requests.Min(r => r.ReceivedAt)).TotalSeconds : clock.Elapsed.TotalSeconds;
        await dispatcher.StopAsync(CancellationToken.None);
        // The server accepts `overall` calls in any one-second window, so the fastest possible run sends a full window at
        // t = 0, 1, 2 … s: first to last accepted takes (⌈messages ÷ overall⌉ − 1) s.
        var minimum = Math.Ceiling((double)messages / overall) - 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"broadcast: {requests.Count}/{messages} messages to {messages / messagesPerChat} chats, limits {overall}/s overall and {perChat}/s per chat (margin {limits.SafetyMargin.TotalMilliseconds} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first to last accepted: {actual:F2} s; theoretical minimum {minimum:F2} s; efficiency {minimum / actual:F3}; {requests.Count / actual:F1} msg/s; limit violations (server 429s): {server.FloodViolations}"));
        if (args.Contains("--per-second"))
        {
            var first = requests.Min(r => r.ReceivedAt);
            Console.WriteLine(string.Join(' ', requests.GroupBy(r => (int)(r.ReceivedAt - first).TotalSeconds).OrderBy(g => g.Key).Select(g => g.Count())));
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return requests.Count == messages && server.FloodViolations == 0 ? 0 : 1;
    }
}
