using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Support;

/// <summary>The SOFAStack corpus pages, parsed once by the real parser for every spec that reads them.</summary>
public static class CorpusEvents
{
    private static readonly Lazy<IReadOnlyList<Event>> Parsed = new(() =>
        RepoPaths.CorpusFiles.Select(f => RecapParser.Parse(RepoPaths.CorpusPage(f), f).Event).OfType<Event>().ToList());

    public static IReadOnlyList<Event> All => Parsed.Value;
}
