using Bot.Core.Events;

namespace Bot.Core.Recaps;

/// <summary>Finds the talks of a page in agenda order, whatever layout the page uses (RECAP-FORMAT.md §5–§7).</summary>
public static class TalkExtractor
{
    public static IReadOnlyList<Talk> Extract(TalkContext context) =>
        throw new NotImplementedException("issue #2: talk extraction");
}
