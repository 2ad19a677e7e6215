using System.Diagnostics;
using System.Text.RegularExpressions;
using Bot.Tests.Reminders;
using FakeBotApi;
using Xunit.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>Three real bot processes (<c>dotnet Bot.dll</c>) in polling mode on one PostgreSQL database, against the
/// loopback Bot API server, which ends an older getUpdates with 409 when a second one comes in.</summary>
public sealed partial class PollingClusterSpecs(ITestOutputHelper output)
{
    private const int Instances = 3;
    private const int Chats = 150;
    private const int AnsweredBeforeKill = 40;
    private static readonly TimeSpan TakeOverLimit = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Of_three_instances_one_polls_and_when_it_is_killed_another_polls_within_15_s_and_every_update_is_answered()
    {
        // Arrange: one update per private chat, so each answer names its update.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        await using var backend = await PostgresBackend.CreateAsync();
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.Combine(db.Folder, "content"));
        var settings = new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = backend.ConnectionString };
        var logs = Enumerable.Range(0, Instances).Select(_ => new InstanceLog()).ToArray();
        var processes = new List<Process>();
        using var stopFeeding = new CancellationTokenSource();
        var feeding = Task.CompletedTask;
        try
        {
            processes.AddRange(logs.Select(log => BotProcess.Start(server, db, log.Add, settings)));

            // Act: all three up, one polling, the others waiting for the role.
            var settled = await Eventually.WaitForAsync(
                () => Task.FromResult((Polling: logs.Count(l => l.Contains(PollingLine)), Waiting: logs.Count(l => l.Contains(WaitingLine)))),
                s => s is { Polling: 1, Waiting: Instances - 1 }, Patience);
            var poller = Array.FindIndex(logs, l => l.Contains(PollingLine));
            feeding = Task.Run(() => FeedAsync(server, stopFeeding.Token));
            await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, AnsweredBeforeKill, Patience);
            var conflictsBeforeKill = server.Requests.Count(r => r.StatusCode == 409);
            processes[poller].Kill();
            var killedAt = Stopwatch.GetTimestamp();
            await processes[poller].WaitForExitAsync();
            var survivors = logs.Where((_, i) => i != poller).ToList();
            var takenOver = await Eventually.WaitForAsync(
                () => Task.FromResult(survivors.Any(l => l.Contains(PollingLine))), taken => taken, TakeOverLimit + TimeSpan.FromSeconds(30));
            var takeOver = Stopwatch.GetElapsedTime(killedAt);
            await feeding;
            var answered = await Eventually.WaitForAsync(
                () => Task.FromResult(Answers(server).Count), n => n == Chats, Patience);

            // Assert
            var answers = Answers(server);
            var successor = survivors.Single(l => l.Contains(PollingLine));
            var resumed = successor.Lines.Select(l => ResumedLine().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Sum();
            var repeated = answers.Count(a => a.Value > 1);
            output.WriteLine($"take-over after {takeOver.TotalSeconds:0.0} s; resumed from the inbox: {resumed}; answered twice: {repeated}");
            settled.Should().Be((1, Instances - 1), "exactly one instance polls");
            conflictsBeforeKill.Should().Be(0, "the instances standing by never call getUpdates");
            takenOver.Should().BeTrue();
            takeOver.Should().BeLessThan(TakeOverLimit);
            survivors.Count(l => l.Contains(PollingLine)).Should().Be(1, "one survivor takes over");
            survivors.Should().OnlyContain(l => !l.Contains("409 Conflict"), "the new poller starts after the old one is gone");
            answered.Should().Be(Chats, "nothing received is lost");
            answers.Values.Should().OnlyContain(n => n <= 2, "an update repeats at most once, after the one take-over");
            repeated.Should().BeLessThanOrEqualTo(resumed,
                "only updates the dead poller kept but had not yet removed from the inbox (in hand, or answered moments before the kill) are answered again");
        }
        finally
        {
            await stopFeeding.CancelAsync();
            await feeding.ContinueWith(_ => { });
            foreach (var process in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }
            foreach (var (log, i) in logs.Select((l, i) => (l, i)))
            {
                output.WriteLine($"--- instance {i}: {string.Join(" | ", log.Lines.Where(l => l.Contains("Polling") || l.Contains("fail") || l.Contains("rror")).Take(12))}");
            }
        }
    }

    private const string PollingLine = "Polling for updates from offset";
    private const string WaitingLine = "waits: another instance plays the Polling role";

    [GeneratedRegex(@"Handling (\d+) updates kept from before the restart")]
    private static partial Regex ResumedLine();

    /// <summary>One /help from each chat in turn, one every 40 ms, before, during and after the kill.</summary>
    private static async Task FeedAsync(FakeTelegramServer server, CancellationToken cancellationToken)
    {
        for (var chat = 1; chat <= Chats; chat++)
        {
            var user = FakeChats.User(chat);
            server.EnqueueMessage(FakeChats.Private(user), user, "/help");
            await Task.Delay(TimeSpan.FromMilliseconds(40), cancellationToken);
        }
    }

    /// <summary>Answers per chat.</summary>
    private static Dictionary<long, int> Answers(FakeTelegramServer server) =>
        server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());

    private sealed class InstanceLog
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) return [.. _lines]; }
        }

        public void Add(string line)
        {
            lock (_lines) _lines.Add(line);
        }

        public bool Contains(string text)
        {
            lock (_lines) return _lines.Exists(l => l.Contains(text, StringComparison.Ordinal));
        }
    }
}
