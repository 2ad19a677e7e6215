using Dapper;

namespace Bot.Storage.Sqlite;

/// <summary>The sender history in <c>telegram_state</c>: <c>sender_stopped_at</c> holds the Unix milliseconds of the last
/// clean stop, or -1 from a start until that process's clean stop (so a crash leaves -1 behind). No row: no process has
/// sent from this file yet.</summary>
public sealed class SqliteSenderHistory(SqliteDatabase database) : ISenderHistory
{
    private const string StoppedAtKey = "sender_stopped_at";
    private const long Sending = -1;
    private const string SetStoppedAt = """
        INSERT INTO telegram_state (key, value) VALUES (@StoppedAtKey, @value)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """;

    public async Task<PredecessorCalls> StartAsync(CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var db = writer.Connection;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        var stoppedAt = await db.ExecuteScalarAsync<long?>("SELECT value FROM telegram_state WHERE key = @StoppedAtKey", new { StoppedAtKey }, tx);
        await db.ExecuteAsync(SetStoppedAt, new { StoppedAtKey, value = Sending }, tx);
        await tx.CommitAsync(cancellationToken);
        return stoppedAt switch
        {
            null => PredecessorCalls.None,
            Sending => PredecessorCalls.Unknown,
            { } ms => new PredecessorCalls(DateTimeOffset.FromUnixTimeMilliseconds(ms)),
        };
    }

    public async Task StoppedAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await writer.Connection.ExecuteAsync(SetStoppedAt, new { StoppedAtKey, value = at.ToUnixTimeMilliseconds() });
    }
}
