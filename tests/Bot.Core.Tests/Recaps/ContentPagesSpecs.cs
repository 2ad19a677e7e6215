using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Our own pages in content/ must parse cleanly: authors run `check --strict` on them.</summary>
public sealed class ContentPagesSpecs
{
    private static IEnumerable<string> Files =>
        Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(RepoPaths.Content, f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> ContentFiles() => new(Files);

    private static RecapPage Parse(string relative) =>
        RecapParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Content, relative)), relative);

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_page_is_an_event_without_warnings(string file)
    {
        var page = Parse(file);

        page.IsEvent.Should().BeTrue();
        page.Diagnostics.Where(d => d.Severity >= Severity.Warning).Should().BeEmpty();
        page.Event!.Start.Should().NotBeNull();
        page.Event.Talks.Should().NotBeEmpty().And.OnlyContain(t => t.Speakers.Count > 0);
    }

    [Fact]
    public void The_mulan_open_day_page_has_its_five_talks_and_four_decks()
    {
        var e = Parse("sofa-meetup-14.md").Event!;

        (e.Id, e.SeriesLabel, e.Kind, e.Form).Should().Be(("sofa-meetup-14", "SOFAMeetup#14", EventKind.Meetup, EventForm.Online));
        e.Start.Should().Be(new DateTimeOffset(2022, 4, 1, 9, 30, 0, TimeSpan.FromHours(8)));
        e.End.Should().Be(new DateTimeOffset(2022, 4, 1, 12, 0, 0, TimeSpan.FromHours(8)));
        e.Talks.Select(t => t.Speakers[0].Name).Should().Equal("王庆", "刘新", "周群力", "徐迪", "肖健");
        e.Talks[2].Speakers[0].Aliases.Should().Contain("仪式");
        e.Slides.Should().HaveCount(4);
        e.Talks.Count(t => t.SlidesUrl is not null).Should().Be(4);
    }

    [Fact]
    public void Our_demo_pages_give_the_bot_upcoming_events()
    {
        var starts = Files.Select(f => Parse(f).Event!.Start!.Value);

        starts.Should().Contain(s => s.Year >= 2027);
    }
}
