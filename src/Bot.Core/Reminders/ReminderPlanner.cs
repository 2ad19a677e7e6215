using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>events × lead times × now → the reminders that still matter. Pure.</summary>
public static class ReminderPlanner
{
    /// <summary>Pages often give no end; a stream then counts as running for two hours.</summary>
    public static readonly TimeSpan AssumedDuration = TimeSpan.FromHours(2);

    public static DateTimeOffset? EndOf(Event evt) => evt.End ?? evt.Start + AssumedDuration;

    public static bool HasEnded(Event evt, DateTimeOffset now) => EndOf(evt) is { } end && end <= now;

    /// <summary>Every (event, lead) whose event has a clock time and has not ended, including those whose fire time has passed
    /// (the synchroniser keeps those already scheduled so Quartz's misfire handling can send them once).</summary>
    public static IReadOnlyList<PlannedReminder> Plan(IEnumerable<Event> events, IEnumerable<TimeSpan> leadTimes, DateTimeOffset now)
    {
        var leads = leadTimes.Append(LeadTime.Now).Distinct().ToList();
        var plan = new List<PlannedReminder>();
        foreach (var evt in events)
        {
            // A page that gives only a day cannot be announced as "starts in 1 hour"; such events reach
            // chats through the weekly digest, with the date and "time not announced".
            if (evt.Start is not { } start || !evt.HasClockTime || HasEnded(evt, now))
            {
                continue;
            }

            foreach (var lead in leads)
            {
                plan.Add(new PlannedReminder(PlannedReminder.KeyFor(evt.Id, lead), evt.Id, lead, start - lead));
            }
        }

        return plan;
    }
}
