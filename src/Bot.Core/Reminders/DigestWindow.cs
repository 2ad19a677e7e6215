using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>The week a digest covers: events starting from now to seven days later, soonest first.</summary>
public static class DigestWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);

    public static IReadOnlyList<Event> Select(IEnumerable<Event> events, DateTimeOffset now) =>
        events.Where(e => e.Start is { } start && start >= now && start < now + Length)
            .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
