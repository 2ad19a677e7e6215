using Dapper;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>The PostgreSQL server the specs may use: <c>BOT_TEST_POSTGRES</c>, a connection string of a role that may
/// create databases (<c>.ci/postgres start</c> prints one). Each spec gets a database of its own.</summary>
internal static class TestPostgres
{
    public const string Variable = "BOT_TEST_POSTGRES";

    public static string? ServerConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL specs are skipped (null: they run).</summary>
    public static string? SkipReason => ServerConnectionString is null
        ? $"{Variable} is not set: run `.ci/postgres start` and export the BOT_TEST_POSTGRES line it prints to run the PostgreSQL specs"
        : null;

    public static async Task<(string Name, string ConnectionString)> CreateDatabaseAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = "bot_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE {name}");
        }

        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
