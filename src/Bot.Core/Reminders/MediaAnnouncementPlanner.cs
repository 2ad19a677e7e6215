using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>Which past events just gained slides or a replay and deserve a one-time "they are out" post.</summary>
public static class MediaAnnouncementPlanner
{
    /// <summary>Older recaps gaining links are archive work, not news.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(30);

    /// <param name="known">Events already recorded as having media (announced or baseline).</param>
    /// <param name="isBaseline">First look at the catalog ever: record everything, announce nothing.</param>
    public static MediaPlan Plan(IEnumerable<Event> events, IReadOnlySet<string> known, DateTimeOffset now, bool isBaseline)
    {
        var announce = new List<Event>();
        var record = new List<Event>();
        foreach (var evt in events.Where(e => !known.Contains(e.Id) && ReminderPlanner.HasEnded(e, now) && MediaLinks.HasAny(e)))
        {
            var isNews = !isBaseline && ReminderPlanner.EndOf(evt) is { } end && now - end <= NewsWindow;
            (isNews ? announce : record).Add(evt);
        }

        return new MediaPlan(announce, record);
    }
}
