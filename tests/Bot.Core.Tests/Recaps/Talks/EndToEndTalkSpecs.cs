using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Talks as the real page parser serves them (front matter, summary links and kind decided by
/// <see cref="RecapParser"/>, talks by <see cref="TalkExtractor"/>).</summary>
public sealed class EndToEndTalkSpecs
{
    private static readonly Event[] Events = Directory.GetFiles(RepoPaths.Corpus, "*.md")
        .Select(f => RecapParser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Event)
        .OfType<Event>()
        .ToArray();

    [Fact]
    public void The_parsed_corpus_serves_all_143_talks()
    {
        Events.Should().HaveCount(60);

        Events.Sum(e => e.Talks.Count).Should().Be(143);
    }

    [Fact]
    public void Every_talk_of_a_meetup_that_names_its_people_has_speakers()
    {
        var silent = Events
            .Where(e => e.Kind == EventKind.Meetup && e.Talks.Any(t => t.Speakers.Count > 0))
            .SelectMany(e => e.Talks.Where(t => t.Speakers.Count == 0).Select(t => $"{e.SourceFile}: {t.Title}"));

        silent.Should().BeEmpty();
    }

    [Fact]
    public void Meetup_14_is_served_with_its_speakers_aliases_and_decks()
    {
        var meetup = Events.Single(e => e.SourceFile.EndsWith("zh-sofa-meetup-14.md", StringComparison.Ordinal));

        meetup.Talks.Select(t => t.Speakers.Single().Name).Should().Equal("王庆", "刘新", "周群力", "徐迪", "肖健");
        meetup.Talks[2].Speakers[0].Aliases.Should().Equal("仪式");
        meetup.Talks.Count(t => t.SlidesUrl != null).Should().Be(4);
    }

    [Fact]
    public void Per_talk_replays_reach_the_served_talks()
    {
        var meetup = Events.Single(e => e.SourceFile.EndsWith("zh-sofa-meetup-17.md", StringComparison.Ordinal));

        meetup.Talks.Select(t => t.ReplayUrl).Should().Equal(
            "https://www.bilibili.com/video/BV1Ld4y1P7VK/?vd_source=65cf108a3fb8e9985d41bd64c5448f63",
            "https://www.bilibili.com/video/BV1p14y147cT/?vd_source=65cf108a3fb8e9985d41bd64c5448f63");
    }
}
