namespace Bot.Check;

/// <summary>One page in <c>check --json</c>: exactly the fields of docs/PAGE-FORMAT.md §12 plus series, number,
/// kind and warnings.</summary>
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
    IReadOnlyList<CheckTalkJson> Talks,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases,
    string? Series,
    int? Number,
    string Kind,
    IReadOnlyList<string> Warnings);
