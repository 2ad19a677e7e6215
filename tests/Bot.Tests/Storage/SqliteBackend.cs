using Bot.Storage;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp folder (<see cref="TempDatabase"/>).</summary>
internal sealed class SqliteBackend : StorageBackend
{
    public TempDatabase Temp { get; } = new();

    public override StorageStores Open()
    {
        var database = Temp.Open();
        return new StorageStores(
            new SqliteChatStore(database, Time), new SqliteOutboxStore(database, Time), new SqliteAnnouncementLog(database, Time),
            new SqliteUpdateInbox(database, Time, NullLogger<SqliteUpdateInbox>.Instance));
    }

    public override ValueTask DisposeAsync()
    {
        Temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
