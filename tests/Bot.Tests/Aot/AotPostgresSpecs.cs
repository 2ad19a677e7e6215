using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Tests.Storage;
using FakeBotApi;

namespace Bot.Tests.Aot;

/// <summary>The Native AOT binary on PostgreSQL: Npgsql, the Dapper.AOT stores, Quartz's clustered ADO store and the
/// shared flood budget without run-time code generation.</summary>
public sealed class AotPostgresSpecs
{
    [AotPostgresFact]
    public async Task On_PostgreSQL_it_answers_a_command_and_delivers_a_reminder()
    {
        // Arrange: as the SQLite smoke spec, on a fresh PostgreSQL database.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        await using var backend = await PostgresBackend.CreateAsync();
        using var folder = new TempDatabase();
        const long subscriber = 4343;
        await backend.Chats.SubscribeAsync(subscriber, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        var start = AotSmokeSpecs.WriteStreamStartingSoon(Path.Combine(folder.Folder, "content"));
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var bot = BotProcess.Start(server, folder, errors.Enqueue, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = backend.ConnectionString,
        }, AotFactAttribute.Binary);
        try
        {
            // Act
            await server.WaitUntilPollingAsync(TimeSpan.FromSeconds(60));
            var user = FakeChats.User(8);
            server.EnqueueMessage(FakeChats.Private(user), user, "/next");
            var replies = await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.ChatId == user.Id && r.Succeeded, 1, TimeSpan.FromSeconds(30));
            var wait = start - TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(60);
            var reminders = await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.ChatId == subscriber && r.Succeeded, 1, wait);

            // Assert
            replies[0].Text.Should().Contain("AOT smoke");
            reminders[0].Text.Should().Contain("AOT smoke");
            bot.HasExited.Should().BeFalse(string.Join(Environment.NewLine, errors.Take(20)));
            errors.Should().NotContain(line => line.Contains("Exception", StringComparison.Ordinal));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }
}

/// <summary>A spec of the Native AOT binary that also needs the test PostgreSQL server; skipped, saying why, without either.</summary>
public sealed class AotPostgresFactAttribute : FactAttribute
{
    public AotPostgresFactAttribute() => Skip = new AotFactAttribute().Skip ?? TestPostgres.SkipReason;
}
