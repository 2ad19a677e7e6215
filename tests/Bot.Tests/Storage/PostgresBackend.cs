using Bot.Storage;
using Bot.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>A database of its own on the test server (<see cref="TestPostgres"/>), dropped at the end.</summary>
internal sealed class PostgresBackend : StorageBackend
{
    private readonly List<PostgresDatabase> _opened = [];

    private PostgresBackend(string databaseName, string connectionString) =>
        (DatabaseName, ConnectionString) = (databaseName, connectionString);

    public string DatabaseName { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresBackend> CreateAsync()
    {
        var (name, connectionString) = await TestPostgres.CreateDatabaseAsync();
        return new PostgresBackend(name, connectionString);
    }

    public PostgresDatabase OpenDatabase()
    {
        var database = new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = ConnectionString }),
            NullLogger<PostgresDatabase>.Instance);
        lock (_opened) _opened.Add(database);
        return database;
    }

    public override StorageStores Open() => Open(OpenDatabase());

    public StorageStores Open(PostgresDatabase database) => new(
        new PostgresChatStore(database, Time), new PostgresOutboxStore(database, Time), new PostgresAnnouncementLog(database, Time),
        new PostgresUpdateInbox(database, Time, NullLogger<PostgresUpdateInbox>.Instance));

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in _opened) await database.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(DatabaseName);
    }
}
