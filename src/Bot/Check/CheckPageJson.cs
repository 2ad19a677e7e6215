namespace Bot.Check;

/// <summary>One page in <c>check --json</c>: the fields of docs/PAGE-FORMAT.md §12 plus the event's slides archive,
/// series, number, kind, why a page is not an event (reason), and warnings.</summary>
public sealed record CheckPageJson(
    string File,
    bool IsEvent,
    string? Title,
    string? Start,
    string? End,
    bool? Online,
    string? Location,
    string? LiveUrl,
    string? ReplayUrl,
    string? SlidesUrl,
    IReadOnlyList<CheckTalkJson> Talks,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases,
    string? Series,
    int? Number,
    string Kind,
    string? Reason,
    IReadOnlyList<string> Warnings);
