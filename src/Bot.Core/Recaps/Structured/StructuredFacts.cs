using Bot.Core.Events;

namespace Bot.Core.Recaps.Structured;

/// <summary>What a page's front matter states about its event through the keys of <see cref="EventSchema"/>.
/// Structured facts win over what the prose says; <see cref="EventBuilder"/> warns when the two disagree.</summary>
public sealed record StructuredFacts
{
    public static StructuredFacts None { get; } = new();

    public StructuredTime? Start { get; init; }
    public StructuredTime? End { get; init; }
    /// <summary>The IANA zone the page names for its local times, when it names a valid one.</summary>
    public string? TimeZoneId { get; init; }
    public EventForm Form { get; init; }
    public string? Venue { get; init; }
    public string? LiveUrl { get; init; }
    public string? RegistrationUrl { get; init; }
    public string? ReplayUrl { get; init; }
    public string? SlidesUrl { get; init; }
    public IReadOnlyList<Speaker> Speakers { get; init; } = [];
    public IReadOnlyList<StructuredTalk> Talks { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>The front matter's <c>type</c> says the page is one talk (<see cref="EventSchema.TalkPageTypes"/>).</summary>
    public bool IsTalkPage { get; init; }

    /// <summary>The front matter's <c>type</c> says the page is a gathering's (<see cref="EventSchema.GatheringPageTypes"/>).</summary>
    public bool IsGatheringPage { get; init; }

    /// <summary>An entry of the front matter's programme speaks of the place (<c>title: Doors Open</c>): evidence of an
    /// in-person event, as the same words in the prose are.</summary>
    public bool SaysOnSite { get; init; }

    /// <summary>Whether the front matter states anything a member could attend (a venue, a live room, a registration,
    /// speakers or talks).</summary>
    public bool HasAttendable => Venue is not null || LiveUrl is not null || RegistrationUrl is not null || Speakers.Count > 0 || Talks.Count > 0;
}

/// <summary>A time from the front matter, with the key and line it came from.</summary>
public sealed record StructuredTime(DateTimeOffset Value, bool HasClockTime, string Key, int Line)
{
    /// <summary>Read from a key that only sometimes means the event's day (<c>time: 2025-10-02</c>, elsewhere a clock
    /// key, here perhaps the publish date): a prose time label with another day and a clock time wins over it.</summary>
    public bool YieldsToProse { get; init; }
}

/// <summary>One entry of a front-matter talk list.</summary>
public sealed record StructuredTalk(string Title, IReadOnlyList<Speaker> Speakers, int Line)
{
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }

    /// <summary>The hours of an entry that writes no day (<c>time: 14:00-14:50</c> in an agenda list).</summary>
    public TimeSlot? Slot { get; init; }

    public string? SlidesUrl { get; init; }
    public string? ReplayUrl { get; init; }
    public string? Abstract { get; init; }
}
