using System.Diagnostics;
using System.Text;
using Bot.Hosting;
using Bot.Tests.Storage;
using Dapper;
using FakeBotApi;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bot.Tests.Hosting;

/// <summary>The real bot process (<c>dotnet Bot.dll</c>, Telegram mode against the loopback server) started on a
/// database it cannot use: it stops at once with one message naming the file and the problem, and its own exit code.</summary>
public sealed class DatabaseStartSpecs
{
    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_start_with_exit_code_4_and_a_message_naming_it()
    {
        // Arrange
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.FilePath)!);
        await File.WriteAllTextAsync(db.FilePath, string.Concat(Enumerable.Repeat("this is not a SQLite file\n", 400)));

        // Act
        var (exitCode, stderr) = await RunUntilExitAsync(db);

        // Assert
        exitCode.Should().Be(BotApplication.DatabaseUnusableExitCode);
        stderr.Should().Contain($"The database {db.FilePath} cannot be used: SQLite Error 26: 'file is not a database'")
            .And.NotContain("Unhandled exception").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_database_whose_schema_is_newer_than_the_bot_knows_is_refused_with_exit_code_4()
    {
        // Arrange: a file migrated by a later version of the bot.
        using var db = new TempDatabase();
        _ = db.Database.ConnectionString;
        var newer = db.Database.SchemaVersion + 1;
        await using (var connection = new SqliteConnection($"Data Source={db.FilePath}"))
        {
            await connection.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (@newer, 'later')", new { newer });
        }

        SqliteConnection.ClearAllPools();

        // Act
        var (exitCode, stderr) = await RunUntilExitAsync(db);

        // Assert
        exitCode.Should().Be(BotApplication.DatabaseUnusableExitCode);
        stderr.Should().Contain($"The database {db.FilePath} cannot be used: its schema version is {newer}, newer than the {newer - 1} this version of the bot knows")
            .And.NotContain("   at ");
        await using var check = new SqliteConnection($"Data Source={db.FilePath}");
        (await check.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version")).Should().Be(newer, "the newer file is left as it was");
    }

    [PostgresFact]
    public async Task A_PostgreSQL_server_that_refuses_the_login_stops_the_start_with_exit_code_4_without_showing_the_password()
    {
        // Arrange: the password comes from the environment, as on a server.
        using var db = new TempDatabase();
        const string WrongPassword = "wrong-Pa55-8125";
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Password = null }.ConnectionString;

        // Act
        var (exitCode, stderr) = await RunUntilExitAsync(db, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connectionString,
            ["Storage__Password"] = WrongPassword,
        });

        // Assert
        exitCode.Should().Be(BotApplication.DatabaseUnusableExitCode);
        stderr.Should().Contain($"The database {connectionString} cannot be used: 28P01: password authentication failed")
            .And.NotContain(WrongPassword).And.NotContain("   at ");
    }

    private static async Task<(int ExitCode, string Stderr)> RunUntilExitAsync(TempDatabase db, IReadOnlyDictionary<string, string>? settings = null)
    {
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        Directory.CreateDirectory(Path.Combine(db.Folder, "content"));
        var stderr = new StringBuilder();
        using var bot = BotProcess.Start(server, db, line =>
        {
            lock (stderr) stderr.AppendLine(line);
        }, settings);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        if (!await bot.WaitForExitAsync(limit.Token).ContinueWith(t => t.IsCompletedSuccessfully))
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }

        await bot.WaitForExitAsync(); // drains the redirected streams
        lock (stderr) return (bot.ExitCode, stderr.ToString());
    }
}
