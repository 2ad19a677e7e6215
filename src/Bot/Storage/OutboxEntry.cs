namespace Bot.Storage;

/// <summary>A pending outbox row.</summary>
public sealed record OutboxEntry(long Id, string AnnouncementKey, long ChatId, int? ThreadId, bool IsGroup, string Html, int Attempts)
{
    /// <summary>What the keys of reminders (time-critical: "starts in 1 minute") begin with.</summary>
    public const string ReminderKeyPrefix = "reminder:";

    public bool IsReminder => AnnouncementKey.StartsWith(ReminderKeyPrefix, StringComparison.Ordinal);
}
