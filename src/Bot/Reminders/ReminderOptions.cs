using Bot.Core.Reminders;

namespace Bot.Reminders;

/// <summary>The <c>Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Quartz cron of the weekly digest, in <see cref="TimeZone"/>: Monday 10:00 by default.</summary>
    public string DigestCron { get; set; } = "0 0 10 ? * MON";

    /// <summary>The digest's clock: its cron runs in this zone and its week is counted in it. (A chat that set no zone reads
    /// reminders in Subscription.DefaultTimeZoneId and replies in Content:TimeZone.)</summary>
    public string TimeZone { get; set; } = Subscription.DefaultTimeZoneId;

    /// <summary>Quartz scheduler name; the rows in the database are keyed by it, so keep it stable.</summary>
    public string SchedulerName { get; set; } = "SofaBotReminders";
}
