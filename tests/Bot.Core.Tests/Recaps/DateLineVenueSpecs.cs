using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>A venue named after the date on a one-line summary, on pages written for these specs.</summary>
public sealed class DateLineVenueSpecs
{
    [Theory]
    [InlineData("Thursday, December 17 2026 · 19:00 · Station F, 5 Parvis Alan Turing, Paris", "Station F, 5 Parvis Alan Turing, Paris")]
    [InlineData("Thu, Dec 17, 2026 · 7:00 PM · Free · Example Labs, 308 SW 2nd Ave", "Example Labs, 308 SW 2nd Ave")]
    [InlineData("2026 年 12 月 17 日 19:00 | 杭州市西湖区文三路 90 号", "杭州市西湖区文三路 90 号")]
    [InlineData("Thu, Dec 17, 2026 · 7 PM · Example Labs, 308 SW 2nd Ave", "Example Labs, 308 SW 2nd Ave")]
    public void A_place_after_the_date_and_hour_of_a_summary_line_is_the_venue(string line, string venue)
    {
        var e = Parse(line);

        (e.Venue, e.Form).Should().Be((venue, EventForm.Offline));
    }

    [Fact]
    public void A_venue_in_another_zones_city_puts_the_summary_lines_hour_in_that_zone()
    {
        Parse("Thursday, December 17 2026 · 19:00 · Station F, 5 Parvis Alan Turing, Paris").Start
            .Should().Be(new DateTimeOffset(2026, 12, 17, 19, 0, 0, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("December 1, 2026 · Jane Doe, Example Corp · 5 min read")]
    [InlineData("Thursday, December 17 2026 · 19:00 · Online · Free")]
    [InlineData("Thursday, December 17 2026 · 19:00 · https://example.org/live")]
    [InlineData("Thursday, December 17 2026 · 19:00 · Kubernetes")]
    public void A_summary_line_without_a_place_gives_no_venue(string line)
    {
        Parse(line).Venue.Should().BeNull();
    }

    private static Event Parse(string line) =>
        Pages.Parse(Pages.With("title: \"Example ML Meetup #31\"\ndate: 2026-12-01",
            $"{line}\n\n## Building RAG that works by Camille Martin\n\nWhat went wrong the first time.\n")).Event!;
}
