using Bot.Core.Events;

namespace Bot.Core.Recaps;

/// <summary>Finds the talks of a page in agenda order, whatever layout the page uses (RECAP-FORMAT.md §5–§7).</summary>
public static class TalkExtractor
{
    // Being written on the parser-talks branch; until it lands, pages have no talks.
    public static IReadOnlyList<Talk> Extract(TalkContext context) => [];
}
