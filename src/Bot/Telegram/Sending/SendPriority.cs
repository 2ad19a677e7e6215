namespace Bot.Telegram.Sending;

/// <summary>Who waits for a call when the flood limits bind: a member who just asked goes before reminders, which go
/// before other announcements.</summary>
public enum SendPriority
{
    Interactive,
    Reminder,
    Broadcast,
}
