using Bot.Storage;
using Bot.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Storage;

public sealed class SqliteDatabaseSpecs
{
    [Fact]
    public async Task The_process_s_writers_take_turns_so_none_sleeps_on_a_busy_file()
    {
        // Arrange: SQLite lets one writer in at a time; Microsoft.Data.Sqlite would answer the second with 150 ms sleeps.
        using var temp = new TempDatabase();
        var inbox = new SqliteUpdateInbox(temp.Database, temp.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteUpdateInbox>.Instance);
        await temp.Outbox.EnqueueAsync([new OutboxMessage("k", 1, "<b>hi</b>")]);
        var pending = await temp.Outbox.PendingAsync(10);

        // Act
        Task markSent, subscribe, trim;
        await using (await temp.Database.OpenWriterAsync())
        {
            markSent = temp.Outbox.MarkSentAsync(pending[0].Id);
            subscribe = temp.Chats.SubscribeAsync(5, false, null, "en", [TimeSpan.FromHours(1)], Bot.Core.Catalog.SeriesFilter.All);
            trim = inbox.RemoveThroughAsync(10, CancellationToken.None);
            (markSent.IsCompleted || subscribe.IsCompleted || trim.IsCompleted).Should().BeFalse("each waits for the writer holding the turn");
        }

        await Task.WhenAll(markSent, subscribe, trim).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        (await temp.Outbox.CountAsync("sent")).Should().Be(1);
        (await temp.Chats.CountSubscribersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task On_first_start_the_folder_and_the_database_are_created_in_WAL_mode_at_the_latest_schema()
    {
        // Arrange
        using var temp = new TempDatabase();

        // Act
        await using var db = await temp.Database.OpenAsync();

        // Assert
        File.Exists(temp.FilePath).Should().BeTrue();
        (await db.ExecuteScalarAsync<string>("PRAGMA journal_mode;")).Should().Be("wal");
        (await db.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version")).Should().Be(temp.Database.SchemaVersion);
        (await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'"))
            .Should().Contain(["chats", "outbox", "announcements"]);
        (await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index'")).Should().Contain("outbox_chat");
    }

    [Fact]
    public async Task An_older_database_gets_only_the_missing_migrations_and_keeps_its_data()
    {
        // Arrange: a file left by a version that knew schema 1 only.
        using var temp = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.FilePath)!);
        await using (var old = new SqliteConnection($"Data Source={temp.FilePath}"))
        {
            await old.OpenAsync();
            await old.ExecuteAsync(SchemaMigrations.All[0].Sql);
            await old.ExecuteAsync("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES (1, 'then');");
            await old.ExecuteAsync("INSERT INTO chats (chat_id, subscribed, lead_times, updated_at) VALUES (7, 1, '1h', 'then')");
        }

        SqliteConnection.ClearAllPools();

        // Act
        var chat = await temp.Chats.GetAsync(7);
        await using var db = await temp.Database.OpenAsync();

        // Assert
        chat!.LeadTimes.Should().Equal(TimeSpan.FromHours(1));
        (await db.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).Should().Equal(SchemaMigrations.All.Select(m => m.Version));
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM telegram_inbox")).Should().Be(0, "the newest tables exist");
    }

    [Fact]
    public async Task A_file_damaged_past_its_header_is_refused_at_start_naming_it_not_at_the_first_query_that_reaches_the_damage()
    {
        // Arrange: a database whose first page is intact and whose table pages are overwritten.
        using var temp = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.FilePath)!);
        await using (var file = new SqliteConnection($"Data Source={temp.FilePath}"))
        {
            await file.OpenAsync();
            await file.ExecuteAsync("""
                CREATE TABLE filler (x BLOB);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) INSERT INTO filler SELECT randomblob(1000) FROM n;
                """);
        }

        SqliteConnection.ClearAllPools();
        await using (var raw = File.OpenWrite(temp.FilePath))
        {
            raw.Position = 4096;
            await raw.WriteAsync(Enumerable.Repeat((byte)0xA5, 8 * 4096).ToArray());
        }

        // Act
        var start = () => temp.Open().ConnectionString;

        // Assert
        start.Should().Throw<DatabaseUnusableException>().Which.Message.Should().StartWith($"The database {temp.FilePath} cannot be used: SQLite finds it damaged (");
    }
}
