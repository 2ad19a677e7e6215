using Bot.Core.Reminders;

namespace Bot.Reminders;

/// <summary>The <c>Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Quartz cron of the weekly digest, in <see cref="TimeZone"/>: Monday 10:00 by default.</summary>
    public string DigestCron { get; set; } = "0 0 10 ? * MON";

    /// <summary>The default zone: the digest's clock and the zone of chats that set none.</summary>
    public string TimeZone { get; set; } = Subscription.DefaultTimeZoneId;

    /// <summary>Quartz scheduler name; the rows in the database are keyed by it, so keep it stable.</summary>
    public string SchedulerName { get; set; } = "SofaBotReminders";
}
