using Bot.Core.Recaps;
using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

/// <summary>Time zones written after a clock time, on lines and pages written for these specs.</summary>
public sealed class WrittenZoneSpecs
{
    [Fact]
    public void A_written_offset_reads_as_one_shared_zone_with_that_offset_and_its_name()
    {
        // The zone of an offset is made once and shared by every time that writes it.
        var first = ZoneNames.Of(DateTimeScanner.FindDate("2030-05-01 19:10 GMT+05:30")!);
        var second = ZoneNames.Of(DateTimeScanner.FindDate("2030-05-02 09:00 (UTC+05:30)")!);

        (ReferenceEquals(first, second), first!.Id, first.BaseUtcOffset, first.SupportsDaylightSavingTime)
            .Should().Be((true, "UTC+05:30", new TimeSpan(5, 30, 0), false));
    }

    [Theory]
    [InlineData("Tuesday, April 18 2030 | 13:00 - 17:00 CEST", 2, 0)]
    [InlineData("Thursday, April 3, 2030, 17:30 - 18:00 BST", 1, 0)]
    [InlineData("2030-05-01 20:00 (UTC+8)", 8, 0)]
    [InlineData("May 1, 2030 9:00am PDT", -7, 0)]
    [InlineData("2030-05-01 19:10 GMT+05:30", 5, 30)]
    [InlineData("05/01 Wed. 9pm - 10pm UTC +8", 8, 0)]
    [InlineData("2030-05-01 21:00 GMT -5", -5, 0)]
    public void A_zone_written_after_the_time_gives_its_offset(string text, int hours, int minutes)
    {
        var found = DateTimeScanner.FindDate(text)!;

        found.Offset.Should().Be(new TimeSpan(hours, minutes, 0));
        found.ZoneAmbiguity.Should().BeNull();
    }

    [Theory]
    [InlineData("America/Denver", "**Date**: Saturday, September 26th, 2026\n**Time**: 1:30 PM – 3:30 PM (MST)", -6)]
    [InlineData("America/New_York", "**When:** Thursday, July 9, 2026, 7:00 PM EST", -4)]
    [InlineData("America/New_York", "**When:** Friday, January 9, 2026, 7:00 PM EDT", -5)]
    [InlineData("America/Chicago", "**When:** Thursday, July 9, 2026, 7:00 PM CST", -5)]
    [InlineData("America/Phoenix", "**When:** Thursday, July 9, 2026, 7:00 PM MST", -7)]
    [InlineData("Europe/London", "**When:** Thursday, July 9, 2026, 7:00 PM EST", -5)]
    [InlineData("America/Denver", "**When:** Thursday, July 9, 2026, 7:00 PM UTC-7", -7)]
    public void An_abbreviation_of_the_page_zones_own_clock_is_that_clock_in_either_season_other_zones_and_offsets_stay_as_written(
        string zone, string when, int hours)
    {
        var page = RecapParser.Parse(Pages.With("title: \"Chapter Meetup\"\ndate: 2026-01-01", when + "\n"), "meetup.md", new RecapParserOptions(zone));

        page.Event!.Start!.Value.Offset.Should().Be(TimeSpan.FromHours(hours));
        page.WarningCodes().Should().NotContain("zone-ambiguous");
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

    [Theory]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "Example Inc., 500 Market St, San Francisco", -8)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM PST", "Example Inc., 500 Market St, San Francisco", -8)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "Example GmbH, Friedrichstrasse 1, Berlin", 1)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "杭州市西湖区文三路 100 号", 8)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "Puppet Labs, 308 SW 2nd Ave, Portland", -8)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "Nordlicht Software, Große Elbstraße 145, 22767 Hamburg", 1)]
    [InlineData("**When:** Tue, Dec 8 · 7:00 PM – 9:00 PM", "ETH Zürich, HG E 7", 1)]
    public void Times_after_a_middle_dot_without_a_zone_are_read_in_the_venues_city(string when, string venue, int offset)
    {
        var page = Pages.Parse(Pages.With("title: \"Go Meetup\"\ndate: 2030-11-28", $"{when}\n**Where:** {venue}\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 12, 8, 19, 0, 0, TimeSpan.FromHours(offset)), new DateTimeOffset(2030, 12, 8, 21, 0, 0, TimeSpan.FromHours(offset))));
    }

    [Theory]
    [InlineData("6:30 PM – 9:30 PM (CET)", 1)]
    [InlineData("18:30 – 21:30 JST", 9)]
    [InlineData("6:30pm - 9:30pm PST", -8)]
    public void A_zone_written_on_a_time_line_of_its_own_holds_for_the_date_line_above(string time, int offset)
    {
        var page = Pages.Parse(Pages.With("title: \"Rust Meetup\"\ndate: 2030-11-20",
            $"- **Date:** Thursday, December 12, 2030\n- **Time:** {time}\n- **Location:** Example GmbH, Hamburg\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 12, 12, 18, 30, 0, TimeSpan.FromHours(offset)), new DateTimeOffset(2030, 12, 12, 21, 30, 0, TimeSpan.FromHours(offset))));
    }

    [Theory]
    [InlineData("We meet on **Tuesday 10 December 2030** from **19:00 to 21:30** (Lisbon time) at the market hall.", 0)]
    [InlineData("Tuesday, December 10, 2030, 19:00–21:30 Berlin time", 1)]
    [InlineData("时间：2030 年 12 月 10 日 19:00-21:30（东京时间）", 9)]
    public void Times_given_in_a_named_citys_time_are_read_in_that_citys_zone(string when, int offset)
    {
        var page = Pages.Parse(Pages.With("title: \"Women in Tech Meetup: December\"\ndate: 2030-11-20", when + "\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 12, 10, 19, 0, 0, TimeSpan.FromHours(offset)), new DateTimeOffset(2030, 12, 10, 21, 30, 0, TimeSpan.FromHours(offset))));
    }

    [Theory]
    [InlineData("Comparison time: 19:00")]
    [InlineData("活动时间：19:00")]
    public void A_city_name_inside_a_word_names_no_clock(string text)
    {
        CityZones.ClockOf(text).Should().BeNull();
    }

    [Fact]
    public void An_ambiguous_zone_takes_its_common_reading_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit India 2030\"\ndate: 2030-06-13T12:00:00+05:30",
            "**When:** Tuesday, June 18, 2030, 7:10pm - 8:30pm IST  \n**Where:** Hall 1\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 18, 19, 10, 0, new TimeSpan(5, 30, 0)));
        page.WarningCodes().Should().Contain("zone-ambiguous");
    }

    [Theory]
    [InlineData("北京时间 2030 年 5 月 1 日 19:00", 8, 0)]
    [InlineData("GMT+8 2030-05-01 19:00", 8, 0)]
    [InlineData("2030 年 5 月 1 日（周三）北京时间 19:00", 8, 0)]
    [InlineData("2030-05-01 东八区 19:00-20:00", 8, 0)]
    [InlineData("2030-05-01 19:00 UTC\u221205:00", -5, 0)]
    [InlineData("May 1, 2030 at 10:00 am (UTC-05:00)", -5, 0)]
    public void A_zone_written_before_the_date_between_the_date_and_its_hours_or_after_them_gives_its_offset(string text, int hours, int minutes)
    {
        var found = DateTimeScanner.FindDate(text)!;

        found.Start.Should().NotBeNull();
        found.Offset.Should().Be(new TimeSpan(hours, minutes, 0));
    }

    [Theory]
    [InlineData("December 3, 2030, 10:00 am PT", 2030, 12, 3, -8)]
    [InlineData("June 3, 2030, 10:00 am PT", 2030, 6, 3, -7)]
    [InlineData("2030-06-03 18:00 ET", 2030, 6, 3, -4)]
    public void A_regions_time_follows_its_daylight_saving(string text, int year, int month, int day, int hours)
    {
        var found = DateTimeScanner.FindDate(text)!;

        ZoneNames.Of(found)!.GetUtcOffset(new DateTime(year, month, day, 12, 0, 0)).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void An_event_time_in_a_regions_time_starts_at_that_days_offset()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit 2030\"\ndate: 2030-05-20T09:00:00+00:00",
            "**When:** Tuesday, June 3, 2030, 10:00 am - 11:30 am PT  \n**Where:** Hall B, Example Convention Center\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 3, 10, 0, 0, TimeSpan.FromHours(-7)));
    }

    [Fact]
    public void Two_letters_inside_a_word_are_no_regions_time()
    {
        DateTimeScanner.FindDate("2030-05-01 19:00 PTO")!.ZoneId.Should().BeNull();
    }

    [Theory]
    [InlineData("13:00 - 17:00 (local time)", true)]
    [InlineData("1:00 PM LOCAL TIME", true)]
    [InlineData("All times are LocalTime", true)]
    [InlineData("北京时间 19:00（当地时间 13:00）", true)]
    [InlineData("本地时间晚上 8 点", true)]
    [InlineData("A local meetup at 13:00", false)]
    [InlineData("当地的时间 19:00", false)]
    [InlineData("13:00 - 17:00 CEST", false)]
    [InlineData("https://example.org/l/2030 地点 (Local Time)", true)]
    [InlineData("Hall L, level 2, 地下一层", false)]
    public void A_line_says_its_times_are_local_in_any_case_and_script(string line, bool local)
    {
        CityZones.SaysLocalTime(line).Should().Be(local);
    }
}
