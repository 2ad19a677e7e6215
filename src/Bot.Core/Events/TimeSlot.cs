namespace Bot.Core.Events;

/// <summary>An agenda slot in the event's local time, as the page writes it.</summary>
public sealed record TimeSlot(TimeOnly Start, TimeOnly? End);
