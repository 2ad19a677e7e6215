using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Shapes real communities write that the development corpus lacks, found by probing the parser with pages
/// written for these specs (invented communities and people).</summary>
public sealed class ProbeShapesSpecs
{
    [Fact]
    public void An_agenda_table_with_English_headers_gives_its_talks_and_speakers()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Data Day\"\ndate: 2030-03-10",
            "Date: April 18, 2030\n\n| Time | Topic | Speaker |\n|---|---|---|\n| 09:30-10:00 | Registration | |\n"
            + "| 10:00-10:45 | Streaming joins, explained | Jane Roe |\n| 10:50-11:35 | Columnar files | John Doe |\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Streaming joins, explained", "Jane Roe"), ("Columnar files", "John Doe"));
    }
}
