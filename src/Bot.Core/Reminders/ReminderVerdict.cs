namespace Bot.Core.Reminders;

public enum ReminderVerdict
{
    Send,
    /// <summary>The event is over: a late reminder would only annoy.</summary>
    DropEnded,
    /// <summary>A shorter lead time of the same chat is also due; that one is sent instead of two at once.</summary>
    DropSuperseded,
    /// <summary>The event left the catalog or lost its start time.</summary>
    DropEventGone,
}
