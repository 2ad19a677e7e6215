namespace Bot.Core.Events;

/// <summary>One meetup, live stream or workshop, as understood from its page.</summary>
public sealed record Event
{
    /// <summary>Stable id: the slug of the file or folder name.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Series name as the page writes it before the number (<c>SOFAChannel</c>, <c>SOFAMeetup</c>).</summary>
    public string? Series { get; init; }
    public int? Number { get; init; }
    public EventKind Kind { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    /// <summary>False when the page gives a date but no clock time: <see cref="Start"/> is then midnight of that
    /// day in the event's zone and must be shown as a date only.</summary>
    public bool HasClockTime { get; init; } = true;
    /// <summary>IANA zone of the times on the page.</summary>
    public required string TimeZoneId { get; init; }
    public EventForm Form { get; init; }
    public string? Venue { get; init; }
    public string? LiveUrl { get; init; }
    public string? ReplayUrl { get; init; }
    public string? RegistrationUrl { get; init; }
    public string? AgendaImageUrl { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<SlideLink> Slides { get; init; } = [];
    /// <summary>One link to the whole event's slides (an archive, a folder, a download page), when the page gives one.</summary>
    public string? SlidesUrl { get; init; }
    public IReadOnlyList<Talk> Talks { get; init; } = [];
    /// <summary>Path of the page relative to the content folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary><c>SOFAChannel#24</c>, or null when the page gives no series and number.</summary>
    public string? SeriesLabel => Series is not null && Number is not null ? $"{Series}#{Number}" : null;
}
