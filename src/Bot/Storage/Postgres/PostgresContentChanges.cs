using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>Content reloads told through PostgreSQL's <c>NOTIFY</c> on <see cref="Channel"/>, the payload naming the
/// instance that reloaded; each instance <c>LISTEN</c>s on a connection of its own and reconnects after
/// <see cref="RetryInterval"/> when it breaks (a reload announced meanwhile is missed: /reload again).</summary>
public sealed partial class PostgresContentChanges(PostgresDatabase database, TimeProvider time, ILogger<PostgresContentChanges> logger)
    : IContentChanges
{
    public const string Channel = "bot_content_reloaded";

    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    // Npgsql directly, not Dapper: the calls must be cancellable (Dapper.AOT cannot carry the token, DAP057).
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @instance)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("instance", database.InstanceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ListenAsync(Func<string, Task> reloaded, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(reloaded, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or DatabaseUnusableException)
            {
                LogListenFailed(ex, RetryInterval.TotalSeconds);
                try
                {
                    await Task.Delay(RetryInterval, time, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenOnceAsync(Func<string, Task> reloaded, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var heard = new Queue<string>();
        connection.Notification += (_, e) =>
        {
            if (e.Channel == Channel && e.Payload != database.InstanceId) heard.Enqueue(e.Payload);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        LogListening(Channel);
        while (true)
        {
            // The handler above runs inside WaitAsync, on this same task: the queue needs no lock.
            await connection.WaitAsync(cancellationToken);
            while (heard.TryDequeue(out var instance)) await reloaded(instance);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Channel} for other instances' content reloads")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears other instances' content reloads; listening again in {DelaySeconds:0.0} s")]
    private partial void LogListenFailed(Exception exception, double delaySeconds);
}
