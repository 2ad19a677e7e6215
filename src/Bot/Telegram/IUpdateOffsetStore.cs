namespace Bot.Telegram;

/// <summary>Port for the id of the last update handled (polling mode): every update up to it is done, none after it
/// is. Read once at start (getUpdates resumes at id + 1), written after each handled batch and at shutdown. The
/// default is a small file beside the database (<see cref="FileUpdateOffsetStore"/>); the reminders feature may move
/// it into SQLite by registering another implementation.</summary>
public interface IUpdateOffsetStore
{
    /// <summary>Null when nothing was handled yet (first start).</summary>
    ValueTask<int?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Must be durable when it returns (a crash right after must not lose it).</summary>
    ValueTask SaveAsync(int lastHandledUpdateId, CancellationToken cancellationToken);
}
