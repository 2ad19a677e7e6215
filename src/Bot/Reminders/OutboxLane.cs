using Bot.Storage;

namespace Bot.Reminders;

/// <summary>One of the <see cref="OutboxDispatcher"/>'s two lanes (reminders, everything else): its rows in memory by
/// chat, where its next read of the outbox starts, and its in-flight slots. Guarded by the dispatcher's lock.</summary>
internal sealed class OutboxLane(bool reminders, int maxInFlight)
{
    public bool Reminders { get; } = reminders;

    public Dictionary<long, Queue<OutboxEntry>> Queues { get; } = [];

    public SemaphoreSlim InFlight { get; } = new(maxInFlight, maxInFlight);

    public int InMemory { get; set; }

    public long Cursor { get; set; }

    public long LastRescan { get; set; }
}
