using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>A role is a session-level advisory lock held on a connection of its own. PostgreSQL frees it the moment
/// that connection closes, which a killed process's kernel does at once, so a waiting instance takes over within one
/// <see cref="RetryInterval"/>. The holder checks its connection every <see cref="CheckInterval"/>: a broken one means
/// the lock may be someone else's already, and the lease reports itself lost.</summary>
public sealed partial class PostgresLeadership(PostgresDatabase database, TimeProvider time, ILogger<PostgresLeadership> logger)
    : ILeadership
{
    /// <summary>Advisory lock key of a role ("bot-rol" in ASCII, then the role's number).</summary>
    internal static long LockKey(ClusterRole role) => 0x626f_742d_726f_6c00 + (long)role;

    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    private string Instance => database.InstanceId;

    private TimeProvider Time => time;

    public async Task<ILeadershipLease> AcquireAsync(ClusterRole role, CancellationToken cancellationToken)
    {
        var waiting = false;
        while (true)
        {
            var connection = await database.OpenAsync(cancellationToken);
            try
            {
                if (await TryLockAsync(connection, role, cancellationToken))
                {
                    LogAcquired(role, database.InstanceId);
                    return new Lease(this, role, connection);
                }
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            await connection.DisposeAsync();
            if (!waiting) LogWaiting(role, database.InstanceId);
            waiting = true;
            await Task.Delay(RetryInterval, time, cancellationToken);
        }
    }

    // Npgsql directly, not Dapper: the calls must be cancellable (Dapper.AOT cannot carry the token, DAP057).
    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, ClusterRole role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey(role));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed class Lease : ILeadershipLease
    {
        private readonly PostgresLeadership _owner;
        private readonly ClusterRole _role;
        private readonly NpgsqlConnection _connection;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _disposed = new();
        private readonly Task _watch;

        public Lease(PostgresLeadership owner, ClusterRole role, NpgsqlConnection connection)
        {
            (_owner, _role, _connection) = (owner, role, connection);
            _watch = WatchAsync();
        }

        public CancellationToken Lost => _lost.Token;

        private async Task WatchAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(_owner.CheckInterval, _owner.Time, _disposed.Token);
                    await using var command = new NpgsqlCommand("SELECT 1", _connection);
                    command.CommandTimeout = Math.Max(1, (int)_owner.CheckInterval.TotalSeconds * 2);
                    await command.ExecuteScalarAsync(_disposed.Token);
                }
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or OperationCanceledException)
            {
                _owner.LogLost(_role, _owner.Instance, e.Message);
                await _lost.CancelAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_disposed.IsCancellationRequested) return;
            await _disposed.CancelAsync();
            await _watch;
            try
            {
                if (!_lost.IsCancellationRequested)
                {
                    // The connection goes back to the pool: unlock explicitly rather than leave the role with the pool.
                    await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
                    command.Parameters.AddWithValue("key", LockKey(_role));
                    await command.ExecuteScalarAsync();
                    _owner.LogGivenUp(_role, _owner.Instance);
                }
            }
            catch (NpgsqlException e)
            {
                _owner.LogLost(_role, _owner.Instance, e.Message);
            }
            finally
            {
                // The token sources stay undisposed: Lost may still be read by whoever held the lease.
                await _connection.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {Instance} now plays the {Role} role")]
    private partial void LogAcquired(ClusterRole role, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {Instance} waits: another instance plays the {Role} role")]
    private partial void LogWaiting(ClusterRole role, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {Instance} gave up the {Role} role")]
    private partial void LogGivenUp(ClusterRole role, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance {Instance} lost the {Role} role: its database connection broke ({Reason})")]
    private partial void LogLost(ClusterRole role, string instance, string reason);
}
