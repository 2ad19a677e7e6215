using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>The queue of one chat's updates; one update at a time is in hand, which keeps the chat in order.</summary>
internal sealed class ChatLane(long key)
{
    public long Key { get; } = key;
    /// <summary>The update in hand first, then those waiting; never more than <c>Telegram:MaxQueuedUpdatesPerChat</c>.</summary>
    public Queue<Update> Queue { get; } = new();
    /// <summary>In the ready queue or in hand.</summary>
    public bool Scheduled { get; set; }
    /// <summary>Emptied and removed from the dispatcher; a new update for the chat takes a new lane.</summary>
    public bool Retired { get; set; }
    /// <summary>The handling of the update in hand (or the last one); it may go on after its worker moved on.</summary>
    public Task Handling { get; set; } = Task.CompletedTask;
    /// <summary>What arrived while the queue was full, not yet logged.</summary>
    public DroppedUpdates? Dropped { get; set; }
}
