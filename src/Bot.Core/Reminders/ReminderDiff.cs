namespace Bot.Core.Reminders;

/// <summary>What the scheduler must change so that it holds exactly the plan's future reminders.</summary>
public sealed record ReminderDiff(
    IReadOnlyList<PlannedReminder> ToSchedule,
    IReadOnlyList<PlannedReminder> ToReschedule,
    IReadOnlyList<string> ToRemove)
{
    public bool IsEmpty => ToSchedule.Count == 0 && ToReschedule.Count == 0 && ToRemove.Count == 0;

    /// <param name="scheduled">Key → fire time of what the scheduler holds now.</param>
    public static ReminderDiff Compute(
        IReadOnlyDictionary<string, DateTimeOffset> scheduled, IEnumerable<PlannedReminder> plan, DateTimeOffset now)
    {
        var toSchedule = new List<PlannedReminder>();
        var toReschedule = new List<PlannedReminder>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reminder in plan)
        {
            var known = scheduled.TryGetValue(reminder.Key, out var at);
            if (known && at == reminder.FireAt)
            {
                // Already there, even if overdue: Quartz's misfire handling sends it once on start-up.
                keep.Add(reminder.Key);
            }
            else if (reminder.FireAt > now)
            {
                (known ? toReschedule : toSchedule).Add(reminder);
                keep.Add(reminder.Key);
            }
        }

        var toRemove = scheduled.Keys.Where(k => !keep.Contains(k)).Order(StringComparer.Ordinal).ToList();
        return new ReminderDiff(toSchedule, toReschedule, toRemove);
    }
}
