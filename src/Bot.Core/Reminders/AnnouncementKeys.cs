using System.Globalization;

namespace Bot.Core.Reminders;

/// <summary>Deterministic keys: one outbox row per (key, chat) makes every announcement at-most-once per chat.</summary>
public static class AnnouncementKeys
{
    /// <summary>One reminder per (event, start, lead): a postponed event's reminders are new announcements, while a job
    /// that fires twice for the same start still queues once.</summary>
    public static string Reminder(string eventId, DateTimeOffset start, TimeSpan lead) =>
        $"{ReminderPrefix(eventId, start)}{LeadTime.Format(lead)}";

    /// <summary>What every reminder of an event at that start begins with (to find who was told the old time).</summary>
    public static string ReminderPrefix(string eventId, DateTimeOffset start) =>
        $"reminder:{eventId}:{Stamp(start)}:";

    public static string Moved(string eventId, DateTimeOffset newStart) => $"moved:{eventId}:{Stamp(newStart)}";

    public static string MediaOut(string eventId) => $"media:{eventId}";

    public static string Digest(DateTimeOffset localNow) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{ISOWeek.GetYear(localNow.DateTime)}-W{ISOWeek.GetWeekOfYear(localNow.DateTime):00}");

    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}
