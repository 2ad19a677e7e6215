using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>The queue of one chat's updates; at most one worker holds it at a time, which keeps the chat in order.</summary>
internal sealed class ChatLane(long key)
{
    public long Key { get; } = key;
    public Queue<Update> Queue { get; } = new();
    /// <summary>In the ready queue or held by a worker.</summary>
    public bool Scheduled { get; set; }
    /// <summary>Emptied and removed from the dispatcher; a new update for the chat takes a new lane.</summary>
    public bool Retired { get; set; }
}
