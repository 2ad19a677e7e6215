using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>The flood budget of every instance sending with one token, kept in the shared database: each message's turn
/// is a row of <c>flood_turns</c>, granted by <c>flood_take</c> (schema 4) when fewer than the overall limit hold their
/// permit and the chat (and group) window has room. A permit returns one second after the call's answer, as in the
/// local gate, or after <see cref="SharedFloodLimits.Lease"/> when its instance died before reporting back.</summary>
/// <remarks>When the database cannot be reached the instance sends on its own gate alone (and says so once): a member
/// gets the reply at the risk of a 429, rather than no reply.</remarks>
public sealed partial class PostgresFloodBudget(PostgresDatabase database, IOptions<SharedFloodLimits> limits, ILogger<PostgresFloodBudget> logger)
    : ISharedFloodBudget
{
    private readonly SharedFloodLimits _limits = limits.Value;
    private int _unreachable;

    public async ValueTask<FloodTurn> TryTakeAsync(long chatId, bool isGroup, bool interactive, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT turn_id, retry_ms FROM flood_take(@chat, @group, @interactive, @overall, "
                + "@perChat, @chatWindow, @perGroup, @groupWindow, @lease, @replyPrecedence)", connection);
            command.Parameters.AddWithValue("chat", chatId);
            command.Parameters.AddWithValue("group", isGroup);
            command.Parameters.AddWithValue("interactive", interactive);
            command.Parameters.AddWithValue("overall", _limits.OverallPerSecond);
            command.Parameters.AddWithValue("perChat", _limits.PerChat);
            command.Parameters.AddWithValue("chatWindow", _limits.ChatWindow);
            command.Parameters.AddWithValue("perGroup", _limits.PerGroup);
            command.Parameters.AddWithValue("groupWindow", _limits.GroupWindow);
            command.Parameters.AddWithValue("lease", _limits.Lease);
            command.Parameters.AddWithValue("replyPrecedence", _limits.ReplyPrecedence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var turn = reader.IsDBNull(0)
                ? FloodTurn.Refused(TimeSpan.FromMilliseconds(Math.Max(1, reader.GetInt32(1))))
                : FloodTurn.Taken(reader.GetInt64(0));
            Reachable();
            return turn;
        }
        catch (Exception ex) when (IsOutage(ex, cancellationToken))
        {
            Unreachable(ex);
            return FloodTurn.Free;
        }
    }

    public async ValueTask CompletedAsync(FloodTurn turn)
    {
        if (turn.Id == 0) return;
        try
        {
            await using var connection = await database.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE flood_turns SET free_at = clock_timestamp() + interval '1 second' WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", turn.Id);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Best effort: the permit returns when its lease ends instead. Never let this hide the send's own outcome
            // (it runs in the sender's finally), also not while the host stops and the data source is disposed.
            LogNotReturned(turn.Id, ex.Message);
        }
    }

    private static bool IsOutage(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && ex is NpgsqlException or TimeoutException or DatabaseUnusableException;

    private void Unreachable(Exception ex)
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0) LogUnreachable(database.Description, ex.Message);
    }

    private void Reachable()
    {
        if (Volatile.Read(ref _unreachable) == 1 && Interlocked.Exchange(ref _unreachable, 0) == 1) LogReachable(database.Description);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared flood budget in {Database} is unreachable ({Reason}): this instance sends within its own limits only, and other instances may push the token over Telegram's")]
    private partial void LogUnreachable(string database, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not return flood turn {TurnId} to the shared budget ({Reason}); its permit returns when its lease ends")]
    private partial void LogNotReturned(long turnId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared flood budget in {Database} is reachable again")]
    private partial void LogReachable(string database);
}
