namespace Bot.Core.Recaps;

/// <summary>The Hugo front matter fields the parser uses (docs/PAGE-FORMAT.md §2).</summary>
/// <param name="Date">The publish date (not the event time): the year anchor of §4.2.</param>
/// <param name="Categories">A string on every corpus page, but a list is accepted too.</param>
public sealed record FrontMatter(
    string? Title,
    DateTimeOffset? Date,
    string? Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    string? Author,
    string? AuthorLink)
{
    public static FrontMatter Empty { get; } = new(null, null, null, [], [], null, null);

    /// <summary>Every key of the front matter, for the structured facts (<see cref="Structured.EventSchema"/>).</summary>
    public Structured.FrontMatterFields Fields { get; init; } = Structured.FrontMatterFields.Empty;

    /// <summary>The date was given under a name that only means publishing (<c>created</c>, <c>pubDate</c>): its hour is
    /// when the post went out, never the event's.</summary>
    public bool DatePublishedOnly { get; init; }

    /// <summary>The page has a front matter block that could not be read: its facts, title included, are unknown.</summary>
    public bool Failed { get; init; }
}
