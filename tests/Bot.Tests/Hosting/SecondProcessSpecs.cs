using System.Diagnostics;
using System.Text;
using Bot.Hosting;
using Bot.Tests.Storage;
using FakeBotApi;

namespace Bot.Tests.Hosting;

/// <summary>Two real bot processes (<c>dotnet Bot.dll</c>, Telegram mode against the loopback server) on one database.</summary>
public sealed class SecondProcessSpecs
{
    private static Process StartBot(FakeTelegramServer server, TempDatabase db, StringBuilder stderr) =>
        BotProcess.Start(server, db, line =>
        {
            lock (stderr) stderr.AppendLine(line);
        });

    [Fact]
    public async Task A_second_process_on_the_same_database_refuses_to_start_naming_it_while_the_first_keeps_answering()
    {
        // Arrange: the first bot is up and polling.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.Combine(db.Folder, "content"));
        var firstLog = new StringBuilder();
        var secondLog = new StringBuilder();
        using var first = StartBot(server, db, firstLog);
        try
        {
            await server.WaitUntilPollingAsync(TimeSpan.FromSeconds(60));

            // Act
            using var second = StartBot(server, db, secondLog);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var exited = await second.WaitForExitAsync(limit.Token).ContinueWith(t => t.IsCompletedSuccessfully);
            if (!exited)
            {
                second.Kill(entireProcessTree: true);
            }

            var user = FakeChats.User(41);
            var mark = server.LastSequence;
            server.EnqueueMessage(FakeChats.Private(user), user, "/help");
            var answer = await server.WaitForCallAsync("sendMessage", user.Id, mark, TimeSpan.FromSeconds(30));

            // Assert
            exited.Should().BeTrue("the second process must not run beside the first");
            second.ExitCode.Should().Be(BotApplication.DatabaseInUseExitCode);
            lock (secondLog) secondLog.ToString().Should().Contain(db.FilePath).And.Contain("in use by another process");
            answer.Succeeded.Should().BeTrue();
            first.HasExited.Should().BeFalse();
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
    }
}
