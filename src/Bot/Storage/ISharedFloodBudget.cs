namespace Bot.Storage;

/// <summary>Telegram counts its flood limits per bot token, not per process. When several instances send with one token,
/// each message also takes a turn in this budget, which all of them share; one process alone needs none beyond its own
/// flood gate.</summary>
public interface ISharedFloodBudget
{
    /// <summary>Takes a turn for one message to <paramref name="chatId"/> if the overall, per-chat and (for groups)
    /// per-group limits allow it now; otherwise says how long to wait before asking again. An interactive turn (a reply
    /// to a member) goes before broadcasts waiting on other instances.</summary>
    ValueTask<FloodTurn> TryTakeAsync(long chatId, bool isGroup, bool interactive, CancellationToken cancellationToken);

    /// <summary>The call made on <paramref name="turn"/> has its answer (or failed): its overall permit returns one
    /// second from now.</summary>
    ValueTask CompletedAsync(FloodTurn turn);
}

/// <summary>A turn in the shared budget: granted (<see cref="Id"/> names it, 0 when nothing needs giving back) or
/// refused until <see cref="RetryIn"/> has passed.</summary>
public readonly record struct FloodTurn(bool Granted, long Id, TimeSpan RetryIn)
{
    public static FloodTurn Free { get; } = new(true, 0, TimeSpan.Zero);

    public static FloodTurn Taken(long id) => new(true, id, TimeSpan.Zero);

    public static FloodTurn Refused(TimeSpan retryIn) => new(false, 0, retryIn);
}

/// <summary>The limits of the shared budget, the flood gate's (<c>Telegram:Limits</c>) in the form the store needs.</summary>
public sealed class SharedFloodLimits
{
    public int OverallPerSecond { get; set; } = 30;
    public int PerChat { get; set; } = 1;

    /// <summary>A chat's next turn comes this long after the answer to its previous call (not after its take: a call
    /// slowed on its way would otherwise reach Telegram within the same second as the next one).</summary>
    public TimeSpan ChatWindow { get; set; } = TimeSpan.FromSeconds(1.2);
    public int PerGroup { get; set; } = 20;
    public TimeSpan GroupWindow { get; set; } = TimeSpan.FromSeconds(62);

    /// <summary>How long a turn whose call never reports back (its instance died) keeps its overall permit: longer than
    /// any call may take.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long past the moment a refused reply was told to come back broadcasts keep off the permit it waits for.</summary>
    public TimeSpan ReplyPrecedence { get; set; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>One process per database (SQLite): its flood gate is the whole budget.</summary>
public sealed class SoleInstanceFloodBudget : ISharedFloodBudget
{
    public ValueTask<FloodTurn> TryTakeAsync(long chatId, bool isGroup, bool interactive, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FloodTurn.Free);

    public ValueTask CompletedAsync(FloodTurn turn) => ValueTask.CompletedTask;
}
