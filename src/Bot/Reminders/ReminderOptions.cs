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

    /// <summary>Failed sends of one outbox row (transient errors, 429s, a revoked token's 401; counted across restarts)
    /// after which it is dropped with an error line: with back-off capped at 5 minutes, 12 is about half an hour of trying.</summary>
    public int OutboxMaxAttempts { get; set; } = 12;

    /// <summary>An outbox row older than this (since it was queued) is dropped instead of being sent or retried: a
    /// reminder a day late is worthless, and so is one found pending after a long outage.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromDays(1);
}
