using Microsoft.Data.Sqlite;

namespace Bot.Storage.Sqlite;

/// <summary>A connection that holds this process's write turn on the file until disposed
/// (<see cref="SqliteDatabase.OpenWriterAsync"/>).</summary>
public sealed class SqliteWriter(SqliteConnection connection, SemaphoreSlim turn) : IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            turn.Release();
        }
    }
}
