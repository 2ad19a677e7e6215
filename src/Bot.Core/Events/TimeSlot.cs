namespace Bot.Core.Events;

/// <summary>An agenda slot in the event's local time, as the page writes it.</summary>
public sealed record TimeSlot(TimeOnly Start, TimeOnly? End)
{
    /// <summary>How the page wrote the start's hour; the parser settles <see cref="SlotClock.EitherHalf"/> from the
    /// agenda's order and publishes slots as <see cref="SlotClock.Stated"/>.</summary>
    internal SlotClock Clock { get; init; }
}
