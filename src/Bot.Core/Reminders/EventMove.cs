using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>An event whose start changed between two catalogs and that has not ended at the new time.</summary>
public sealed record EventMove(Event Event, DateTimeOffset PreviousStart)
{
    /// <summary>Pure: the events present in both lists, with a clock time in both, whose start differs.</summary>
    public static IReadOnlyList<EventMove> Between(IEnumerable<Event> previous, IEnumerable<Event> next, DateTimeOffset now)
    {
        var before = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var evt in previous)
        {
            if (evt is { Start: { } start, HasClockTime: true })
            {
                before.TryAdd(evt.Id, start);
            }
        }

        return next
            .Where(e => e is { Start: not null, HasClockTime: true } && !ReminderPlanner.HasEnded(e, now))
            .Where(e => before.TryGetValue(e.Id, out var old) && old != e.Start)
            .Select(e => new EventMove(e, before[e.Id]))
            .ToList();
    }
}
