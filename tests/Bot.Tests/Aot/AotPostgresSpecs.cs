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

        // Act and assert
        await AotSmokeSpecs.AnswersACommandAndDeliversTheReminderAsync(server, bot, errors, subscriber, start);
    }
}

/// <summary>A spec of the Native AOT binary that also needs the test PostgreSQL server; skipped, saying why, without either.</summary>
public sealed class AotPostgresFactAttribute : FactAttribute
{
    public AotPostgresFactAttribute() => Skip = new AotFactAttribute().Skip ?? TestPostgres.SkipReason;
}
