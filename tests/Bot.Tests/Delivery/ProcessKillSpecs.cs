using System.Diagnostics;
using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Storage;
using Bot.Storage.Sqlite;
using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using FakeBotApi;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Bot.Tests.Delivery;

/// <summary>The built bot (<c>dotnet Bot.dll</c>, Telegram mode against the loopback server) killed mid-broadcast and
/// started again on the same database.</summary>
public sealed class ProcessKillSpecs(ITestOutputHelper output)
{
    private const int Chats = 600;

    // The dispatcher's slots (messages between asking for a turn and recording the outcome): only those can repeat.
    private const int MaxInFlight = 20;
    private static readonly List<string> Errors = [];

    private static Process StartBot(FakeTelegramServer server, TempDatabase db) =>
        BotProcess.Start(server, db, line =>
        {
            if (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("rror", StringComparison.Ordinal))
            {
                lock (Errors) Errors.Add(line);
            }
        },
        new Dictionary<string, string>
        {
            ["Telegram__Limits__OverallPerSecond"] = "300",
            ["Telegram__Limits__SafetyMargin"] = "00:00:00.100",
            ["Telegram__Limits__MaxInFlight"] = MaxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    [Fact]
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

        // Queued now on the process's clock (the database's own clock is a fixed date): the outbox drops rows a day old.
        var outbox = new SqliteOutboxStore(db.Database, TimeProvider.System);
        await outbox.EnqueueAsync(Enumerable.Range(1, Chats).Select(id => new OutboxMessage("reminder:c:1h", id, $"⏰ <b>Reminder</b> {id}")));
        SqliteConnection.ClearAllPools();

        // Act: killed once 150 messages got through (the first process is cold: it may lag well behind the wire), then
        // started again on the same file.
        using (var first = StartBot(server, db))
        {
            await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, 150, TimeSpan.FromSeconds(60));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var sentAfterKill = await db.Outbox.CountAsync("sent");
        var deliveredBeforeRestart = server.Requests.Count(r => r.Method == "sendMessage" && r.Succeeded);
        using (var second = StartBot(server, db))
        {
            await Eventually.WaitForAsync(() => db.Outbox.CountAsync("pending"), n => n == 0, TimeSpan.FromSeconds(60));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        // Assert
        var delivered = server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded)
            .GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var errors = string.Join(" | ", Errors.Take(6));
        output.WriteLine($"accepted before the kill: {deliveredBeforeRestart}, recorded: {sentAfterKill}, chats reached twice: {delivered.Values.Count(n => n == 2)}");
        sentAfterKill.Should().BeLessThan(Chats, "the kill came mid-broadcast");
        deliveredBeforeRestart.Should().BeLessThanOrEqualTo(sentAfterKill + MaxInFlight,
            $"Telegram can only have accepted what was recorded plus what was in flight; {errors}");
        delivered.Keys.Should().BeEquivalentTo(Enumerable.Range(1, Chats).Select(id => (long)id), "no chat is skipped");
        delivered.Values.Should().OnlyContain(n => n <= 2, "a message repeats at most once, after the one restart");
        delivered.Values.Count(n => n == 2).Should().BeLessThanOrEqualTo(MaxInFlight, $"only the in-flight messages repeat; {errors}");
        server.FloodViolations.Should().Be(0);
    }
}
