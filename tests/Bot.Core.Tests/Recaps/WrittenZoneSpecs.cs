using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

/// <summary>Time zones written after a clock time, on lines and pages written for these specs.</summary>
public sealed class WrittenZoneSpecs
{
    [Theory]
    [InlineData("Tuesday, April 18 2030 | 13:00 - 17:00 CEST", 2, 0)]
    [InlineData("Thursday, April 3, 2030, 17:30 - 18:00 BST", 1, 0)]
    [InlineData("2030-05-01 20:00 (UTC+8)", 8, 0)]
    [InlineData("May 1, 2030 9:00am PDT", -7, 0)]
    [InlineData("2030-05-01 19:10 GMT+05:30", 5, 30)]
    public void A_zone_written_after_the_time_gives_its_offset(string text, int hours, int minutes)
    {
        var found = DateTimeScanner.FindDate(text)!;

        found.Offset.Should().Be(new TimeSpan(hours, minutes, 0));
        found.ZoneAmbiguity.Should().BeNull();
    }

    [Fact]
    public void A_word_that_only_starts_like_a_zone_is_not_one()
    {
        DateTimeScanner.FindDate("2030-05-01 20:00 ESTIMATED")!.Offset.Should().BeNull();
    }

    [Fact]
    public void An_event_time_with_a_zone_is_read_in_that_zone()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit 2030\"\ndate: 2030-03-28T12:00:00+04:00",
            "Where to find us:\n\n* **Project Meeting**  \nTuesday, April 16 | 13:00 - 17:00 CEST  \nRoom G111\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 4, 16, 13, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2030, 4, 16, 17, 0, 0, TimeSpan.FromHours(2))));
        page.WarningCodes().Should().NotContain("zone-ambiguous");
    }

    [Fact]
    public void An_ambiguous_zone_takes_its_common_reading_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit India 2030\"\ndate: 2030-06-13T12:00:00+05:30",
            "**When:** Tuesday, June 18, 2030, 7:10pm - 8:30pm IST  \n**Where:** Hall 1\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 18, 19, 10, 0, new TimeSpan(5, 30, 0)));
        page.WarningCodes().Should().Contain("zone-ambiguous");
    }
}
