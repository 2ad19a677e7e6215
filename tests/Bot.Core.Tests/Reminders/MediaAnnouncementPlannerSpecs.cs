using Bot.Core.Reminders;
using Bot.Core.Events;

namespace Bot.Core.Tests.Reminders;

public sealed class MediaAnnouncementPlannerSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);

    private static Event WithSlides(string id, DateTimeOffset start) =>
        SampleEvents.Channel(id, start) with { Slides = [new SlideLink($"https://example.org/{id}.pdf", "Deck")] };

    [Fact]
    public void A_recent_past_event_that_gains_slides_is_announced_once()
    {
        // Arrange
        var gained = WithSlides("gained", Now.AddDays(-2));
        var announced = WithSlides("announced", Now.AddDays(-3));

        // Act
        var plan = MediaAnnouncementPlanner.Plan([gained, announced], new HashSet<string> { "announced" }, Now, isBaseline: false);

        // Assert
        plan.Announce.Select(e => e.Id).Should().Equal("gained");
        plan.RecordOnly.Should().BeEmpty();
    }

    [Fact]
    public void The_first_look_at_the_catalog_and_old_recaps_are_recorded_without_a_post()
    {
        // Arrange
        var recent = WithSlides("recent", Now.AddDays(-2));
        var archive = WithSlides("archive", Now.AddDays(-400));
        var upcoming = WithSlides("upcoming", Now.AddDays(2));

        // Act
        var first = MediaAnnouncementPlanner.Plan([recent, archive, upcoming], new HashSet<string>(), Now, isBaseline: true);
        var later = MediaAnnouncementPlanner.Plan([recent, archive, upcoming], new HashSet<string>(), Now, isBaseline: false);

        // Assert
        first.Announce.Should().BeEmpty();
        first.RecordOnly.Select(e => e.Id).Should().BeEquivalentTo("recent", "archive");
        later.Announce.Select(e => e.Id).Should().Equal("recent");
        later.RecordOnly.Select(e => e.Id).Should().Equal("archive");
    }
}
