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

    [Theory]
    // The guess is kept where the weekday agrees, or where none is stated.
    [InlineData("1/22 (五) 21:00", 2021, "2021-01-22")]
    [InlineData("1/22 21:00", 2021, "2021-01-22")]
    // A `2014` year-end party on `2/5 (四)`: 2014-02-05 is a Wednesday, 2015-02-05 a Thursday.
    [InlineData("2/5 (四) 19:30", 2014, "2015-02-05")]
    [InlineData("Thursday, March 5, 19:00", 2021, "2020-03-05")]
    // No year near the guess has that weekday on that day: the guess stands.
    [InlineData("2/5 (日) 19:30", 2014, "2014-02-05")]
    public void A_guessed_year_gives_way_to_the_next_or_last_where_only_that_one_has_the_stated_weekday(string text, int guess, string expected) =>
        YearResolver.Of(DateTimeScanner.FindDate(text)!, null, guess).Should().Be(DateOnly.Parse(expected));

    [Fact]
    public void A_year_written_with_the_date_is_not_second_guessed_by_its_weekday() =>
        YearResolver.Of(DateTimeScanner.FindDate("2014/2/5 (四) 19:30")!, null, 2014).Should().Be(new DateOnly(2014, 2, 5));

    [Fact]
    public void A_page_without_a_publish_date_dates_its_year_less_time_by_the_year_its_other_dates_write()
    {
        var page = Pages.Parse("""
            ---
            title: 第十八次社群線上聚會
            ---

            ## 活動資訊 Info

            - 時間 Time：01/22 Tue. 9pm - 10pm UTC +8
            - 地點 Place：線上會議室 https://meet.jit.si/example-hangout

            下一次黑客松預計在 2030/03/20 舉辦。
            """, "hangout-18th.md");

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 1, 22, 21, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2030, 1, 22, 22, 0, 0, TimeSpan.FromHours(8))));
        page.Diagnostics.Should().Contain(d => d.Code == "year-from-dates");
    }
}
