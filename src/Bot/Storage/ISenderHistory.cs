namespace Bot.Storage;

/// <summary>When the processes that sent with this database before this one made their last calls. Telegram counts its
/// flood limits per bot token, not per process: a process started within a second of its predecessor's last calls must
/// not add a second's worth on top of them, and one started later need not wait at all.</summary>
public interface ISenderHistory
{
    /// <summary>Reads what the previous process left and records that this one now sends (until <see cref="StoppedAsync"/>).</summary>
    Task<PredecessorCalls> StartAsync(CancellationToken cancellationToken);

    /// <summary>This process stopped cleanly: every call it made had reached Telegram by <paramref name="at"/>.</summary>
    Task StoppedAsync(DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>By when a predecessor's last call had reached Telegram: <see cref="None"/> when no process sent from this
/// database before (or the storage counts every process's calls itself), <see cref="Unknown"/> when it did not say (it
/// crashed, or still runs).</summary>
public readonly record struct PredecessorCalls(DateTimeOffset? EndedBy)
{
    public static PredecessorCalls None { get; } = new(DateTimeOffset.MinValue);

    public static PredecessorCalls Unknown { get; } = new((DateTimeOffset?)null);

    /// <summary>How long a new process waits before its first call: until <paramref name="window"/> has passed since the
    /// predecessor's last call, and never longer than <paramref name="longest"/> (a clock set back, an unknown end).</summary>
    public TimeSpan Hold(DateTimeOffset now, TimeSpan window, TimeSpan longest) => EndedBy is { } end
        ? TimeSpan.FromTicks(Math.Clamp((end - now + window).Ticks, 0, longest.Ticks))
        : longest;
}
