using Dapper;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>A session-level advisory lock on a connection of its own, held while one instance plans: the others wait.
/// An instance that dies loses its connection and with it the lock.</summary>
public sealed class PostgresSchedulingLock(PostgresDatabase database) : ISchedulingLock
{
    public bool Shared => true;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            // Npgsql directly: the wait must be cancellable, and Dapper.AOT cannot generate the CommandDefinition overload
            // that would carry the token (DAP057).
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", PostgresDatabase.SchedulingLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // A pooled connection outlives this use: unlock explicitly rather than leave the lock with the pool.
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresDatabase.SchedulingLockKey });
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
