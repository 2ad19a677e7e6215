using System.Globalization;

namespace Bot.Core.Reminders;

/// <summary>Deterministic keys: one outbox row per (key, chat) makes every announcement at-most-once per chat.</summary>
public static class AnnouncementKeys
{
    public static string Reminder(string eventId, TimeSpan lead) => PlannedReminder.KeyFor(eventId, lead);

    public static string MediaOut(string eventId) => $"media:{eventId}";

    public static string Digest(DateTimeOffset localNow) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{ISOWeek.GetYear(localNow.DateTime)}-W{ISOWeek.GetWeekOfYear(localNow.DateTime):00}");
}
