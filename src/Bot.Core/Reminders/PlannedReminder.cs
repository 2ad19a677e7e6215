namespace Bot.Core.Reminders;

/// <summary>One reminder for one event at one lead time; fans out to every chat using that lead time.</summary>
public sealed record PlannedReminder(string Key, string EventId, TimeSpan Lead, DateTimeOffset FireAt)
{
    public static string KeyFor(string eventId, TimeSpan lead) => $"reminder:{eventId}:{LeadTime.Format(lead)}";
}
