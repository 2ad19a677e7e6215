namespace Bot.Core.Events;

public sealed record Talk(string Title, IReadOnlyList<Speaker> Speakers)
{
    public TimeSlot? Slot { get; init; }
    public string? Abstract { get; init; }
    public string? Takeaways { get; init; }
    public string? SlidesUrl { get; init; }
    public string? ReplayUrl { get; init; }
}
