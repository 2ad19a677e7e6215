namespace Bot.Storage;

/// <summary>A pending outbox row.</summary>
/// <param name="CreatedAt">When it was queued: a row too old is not worth sending.</param>
/// <param name="LastError">Why the last attempt failed, if one did.</param>
public sealed record OutboxEntry(
    long Id, string AnnouncementKey, long ChatId, int? ThreadId, bool IsGroup, string Html, int Attempts, DateTimeOffset CreatedAt,
    string? LastError = null)
{
    /// <summary>What the keys of reminders (time-critical: "starts in 1 minute") begin with.</summary>
    public const string ReminderKeyPrefix = "reminder:";

    public bool IsReminder => AnnouncementKey.StartsWith(ReminderKeyPrefix, StringComparison.Ordinal);
}
