namespace Bot.Core.Recaps;

/// <summary>The links of an event page (docs/PAGE-FORMAT.md §7–§8), URLs verbatim.</summary>
/// <param name="Slides">The 资料下载 / 资料地址 links, placeholders and images removed.</param>
/// <param name="TalkReplays">Per-talk replay links whose texts name talks (the 直播回放 lists of meetup-15/16/17).</param>
public sealed record EventLinks(
    string? Live,
    string? Replay,
    string? Registration,
    IReadOnlyList<PageLink> Slides,
    IReadOnlyList<PageLink> TalkReplays)
{
    /// <summary>One link to the slides of the whole event (an archive or folder), when the page gives one.</summary>
    public string? Archive { get; init; }
}
