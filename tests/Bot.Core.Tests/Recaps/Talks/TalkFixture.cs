using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Runs talk extraction over a short page excerpt written for a test.</summary>
internal static class TalkFixture
{
    public static (IReadOnlyList<Talk> Talks, DiagnosticBag Diagnostics) Extract(string markdown, EventKind kind = EventKind.Meetup)
    {
        var page = "---\ntitle: \"fixture\"\nauthor: \"潘潘\"\n---\n\n" + markdown;
        var context = CorpusPage.FromText(page, "fixture.md", kind);
        return (TalkExtractor.Extract(context), context.Diagnostics);
    }

    public static string[] Names(Talk talk) => talk.Speakers.Select(s => s.Name).ToArray();
}
