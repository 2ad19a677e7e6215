using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <param name="Announce">Past events that just gained slides or a replay: post once and record.</param>
/// <param name="RecordOnly">Events with media that are not news (first start, or long past): record silently.</param>
public sealed record MediaPlan(IReadOnlyList<Event> Announce, IReadOnlyList<Event> RecordOnly);
