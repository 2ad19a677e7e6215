namespace Bot.Telegram;

/// <summary>Who waits for a call: a member who just asked goes before reminders, which go before bulk announcements.</summary>
public enum OutboundPriority
{
    Interactive,
    Reminder,
    Broadcast,
}
