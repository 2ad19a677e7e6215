using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

public sealed class YearResolverSpecs
{
    [Fact]
    public void A_january_date_announced_on_new_years_eve_rolls_into_the_next_year() =>
        // sofa-channel-10: published 2019-12-31, "1 月 9 日周四" is 2020-01-09 (a Thursday).
        YearResolver.Resolve(null, 1, 9, DayOfWeek.Thursday, new DateOnly(2019, 12, 31)).Should().Be(new DateOnly(2020, 1, 9));

    [Fact]
    public void A_date_a_day_before_the_publish_date_stays_in_its_year() =>
        // sofa-channel-27: the front matter is one day after the event.
        YearResolver.Resolve(null, 5, 26, DayOfWeek.Thursday, new DateOnly(2022, 5, 27)).Should().Be(new DateOnly(2022, 5, 26));

    [Fact]
    public void A_written_year_wins() =>
        YearResolver.Resolve(2021, 6, 19, null, new DateOnly(2030, 1, 1)).Should().Be(new DateOnly(2021, 6, 19));

    [Fact]
    public void Without_a_year_or_an_anchor_there_is_no_date() =>
        YearResolver.Resolve(null, 6, 19, null, null).Should().BeNull();

    [Fact]
    public void The_window_runs_from_a_week_before_to_sixty_days_after()
    {
        var anchor = new DateOnly(2022, 3, 1);

        YearResolver.InWindow(anchor.AddDays(-7), anchor).Should().BeTrue();
        YearResolver.InWindow(anchor.AddDays(-8), anchor).Should().BeFalse();
        YearResolver.InWindow(anchor.AddDays(60), anchor).Should().BeTrue();
        YearResolver.InWindow(anchor.AddDays(61), anchor).Should().BeFalse();
    }
}
