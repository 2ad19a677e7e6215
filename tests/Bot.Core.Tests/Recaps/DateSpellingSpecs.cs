using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

/// <summary>Date and time spellings of English and Chinese event pages beyond the SOFAStack ones, on lines and pages
/// written for these specs.</summary>
public sealed class DateSpellingSpecs
{
    [Theory]
    [InlineData("in the week of the 26th of September", 9, 26)]
    [InlineData("from the 3rd of March onwards", 3, 3)]
    [InlineData("we arrive on 17th April", 4, 17)]
    public void A_day_written_before_its_month_with_an_ordinal_and_of_is_a_date(string text, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day).Should().Be(((int?)null, month, day));
    }

    [Theory]
    [InlineData("on **Tuesday, Jan. 20, 2030** with talks on search", 1, 20)]
    [InlineData("Sept. 5, 2030 at 7 pm", 9, 5)]
    [InlineData("Tue. Sep 5, 2030", 9, 5)]
    public void An_abbreviated_month_or_weekday_keeps_its_dot(string text, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day).Should().Be(((int?)2030, month, day));
    }

    [Theory]
    [InlineData("First Tech Meetup - Sept 4th 2030 7pm", 9, 4)]
    [InlineData("Tues 5 March 2030", 3, 5)]
    [InlineData("Thurs, March 7th, 2030", 3, 7)]
    [InlineData("Wednesday, 21rst March 2030 at 7:00pm", 3, 21)]
    public void A_short_form_in_common_use_or_a_misspelt_ordinal_still_dates(string text, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day).Should().Be(((int?)2030, month, day));
    }

    [Fact]
    public void Four_letters_without_a_dot_are_no_month()
    {
        DateTimeScanner.FindDate("Marc 5, 2030 was a good year").Should().NotBeEquivalentTo(new { Month = 3, Day = 5 });
    }

    [Theory]
    [InlineData("2030 Sep 14 - 6PM AEST - Meetup", 18)]
    [InlineData("2030 September 14th, 18:00", 18)]
    [InlineData("2030 Sep 14", null)]
    public void A_year_written_before_the_months_name_and_the_day_is_a_date(string text, int? hour)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day, found.Start?.Hour).Should().Be(((int?)2030, 9, 14, hour));
    }

    [Theory]
    [InlineData("2030 年 1 月 25 日 (年初四)，21:00 - 22:30")]
    [InlineData("2030 年 1 月 25 日（农历腊月廿五） 21:00 - 22:30")]
    [InlineData("2030 年 1 月 25 日 (周五)，21:00 - 22:30")]
    public void A_short_note_in_brackets_between_a_date_and_its_hours_leaves_them_together(string text)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Month, found.Day, found.Start, found.End).Should().Be((1, 25, new TimeOnly(21, 0), new TimeOnly(22, 30)));
    }

    [Theory]
    [InlineData("We're looking at 7.30PM on Tuesday 15th September 2030.", 19, 30, null, null)]
    [InlineData("Doors open 6pm - 9pm on 15 September 2030", 18, 0, 21, 0)]
    [InlineData("We meet on Tuesday 15th September 2030 at 7.30pm.", 19, 30, null, null)]
    [InlineData("from 6.30-8.30pm on 15 September 2030", 18, 30, 20, 30)]
    [InlineData("19:30 on Sunday the 15th of September 2030.", 19, 30, null, null)]
    [InlineData("19:30 BST / 20:30 CEST on Sunday the 15th of September 2030.", 19, 30, null, null)]
    [InlineData("7.30pm (BST) on 15 September 2030", 19, 30, null, null)]
    public void Hours_written_before_the_date_or_dotted_with_am_pm_are_the_dates_hours(string text, int hour, int minute, int? endHour, int? endMinute)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Month, found.Day, found.Start, found.End).Should().Be((9, 15, new TimeOnly(hour, minute),
            endHour is { } h ? new TimeOnly(h, endMinute!.Value) : (TimeOnly?)null));
    }

    [Theory]
    [InlineData("19:30 CEST on Sunday the 15th of September 2030.", 2)]
    [InlineData("19:30 BST / 20:30 CEST on 15 September 2030.", 1)]
    public void The_zone_written_after_hours_before_the_date_is_the_hours_zone(string text, int offsetHours)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Start, found.Offset).Should().Be((new TimeOnly(19, 30), TimeSpan.FromHours(offsetHours)));
    }

    [Fact]
    public void A_dotted_number_before_a_date_without_on_or_am_pm_is_no_time()
    {
        DateTimeScanner.FindDate("Version 2.10 15 September 2030")!.Start.Should().BeNull();
    }

    [Theory]
    [InlineData("Wednesday 2030-06-05, 19:15 CET", "2030-05-20", 2)]
    [InlineData("Wednesday 2030-12-04, 19:15 CET", "2030-11-20", 1)]
    [InlineData("2030-06-05 19:15 MESZ", "2030-05-20", 2)]
    [InlineData("2030-12-04 19:15 MEZ", "2030-11-20", 1)]
    public void Central_european_time_written_as_cet_follows_summer_time_and_the_german_names_are_read(string line, string published, int offsetHours)
    {
        var e = Pages.Parse(Pages.With($"title: Example Meetup\ndate: {published}", $"Our next meetup will be on **{line}**.\n\nVenue: Example Hall\n")).Event!;

        e.Start!.Value.Offset.Should().Be(TimeSpan.FromHours(offsetHours));
        e.Start.Value.Hour.Should().Be(19);
    }

    [Fact]
    public void A_bracket_holding_digits_is_no_note_to_pass_over()
    {
        DateTimeScanner.FindDate("2030 年 1 月 25 日（共 3 场） 21:00 - 22:30")!.Start.Should().BeNull();
    }

    [Fact]
    public void An_evening_range_that_runs_past_midnight_ends_the_next_day()
    {
        var e = Pages.Parse(Pages.With("title: 示例直播\ndate: 2030-01-10", "### 活动时间\n\n2030 年 1 月 25 日，23:00 - 00:30\n\n### 直播地址\n\nhttps://live.bilibili.com/1\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 1, 25, 23, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 1, 26, 0, 30, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("大会于 2030 年 8 月 6-8 日在线举办", 2030, 8, 6, 8)]
    [InlineData("9 月 12 ~ 14 号", null, 9, 12, 14)]
    [InlineData("from May 10th through the 13th", null, 5, 10, 13)]
    [InlineData("from Thursday 26th to Monday 30th October", null, 10, 26, 30)]
    [InlineData("Friday 12 - Sunday 14 June 2030", 2030, 6, 12, 14)]
    public void A_range_that_names_only_its_last_day_keeps_that_day(string text, int? year, int month, int day, int lastDay)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day).Should().Be((year, month, day));
        found.EndDate.Should().Be((year, month, lastDay));
        found.Start.Should().BeNull();
    }

    [Fact]
    public void Seconds_after_the_minutes_do_not_cut_a_time_range_short()
    {
        var found = DateTimeScanner.FindDate("时间：2030-10-17 21:00:00 ~ 23:10:00, UTC+8")!;

        (found.Start, found.End).Should().Be((new TimeOnly(21, 0), new TimeOnly(23, 10)));
    }

    [Theory]
    [InlineData("Wednesday, May 15: 16:00 – 21:00")]
    [InlineData("Wednesday, May 15th - 16:00 – 21:00 (local time)")]
    public void Hours_set_off_from_their_date_by_a_colon_or_a_dash_belong_to_it(string text)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Month, found.Day, found.Start, found.End).Should().Be((5, 15, new TimeOnly(16, 0), new TimeOnly(21, 0)));
    }

    [Fact]
    public void A_range_of_whole_days_ends_with_its_last_day()
    {
        var page = Pages.Parse(Pages.With(
            "title: \"示例大会 2030\"\ndescription: 示例大会 2030 于 2030 年 8 月 6-8 日在线举办。",
            "## 议程\n\n- 主题演讲：示例社区的十年\n  - 讲师：张三\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 8, 6, 0, 0, 0, TimeSpan.FromHours(8)));
        page.Event.End.Should().Be(new DateTimeOffset(2030, 8, 8, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_date_range_wrapped_over_two_lines_of_a_paragraph_is_read_whole()
    {
        var page = Pages.Parse(Pages.With(
            "title: \"Example Contributor Meetup\"",
            """
            ### About

            The Example Contributor Meetup takes place after the spring release from May
            10th through the 13th, with games, awards and hangouts.
            """), "events/2030-meetup.md");

        page.Event!.Start!.Value.Date.Should().Be(new DateTime(2030, 5, 10));
        page.Event.End!.Value.Date.Should().Be(new DateTime(2030, 5, 13));
    }

    [Fact]
    public void A_date_in_the_title_dates_a_page_whose_front_matter_holds_only_a_file_timestamp()
    {
        var page = Pages.Parse(Pages.With(
            "title: 第 3 期 2030-03-21 线下分享内容\ndate: 2030-03-21T11:49:10+08:00",
            "## 分享内容\n\n- 示例主题：张三\n"));

        page.Event!.Start!.Value.Date.Should().Be(new DateTime(2030, 3, 21));
        page.WarningCodes().Should().NotContain("no-date");
    }

    [Fact]
    public void A_date_in_the_title_takes_the_hours_of_a_time_label_that_writes_no_date()
    {
        var page = Pages.Parse(Pages.With("title: \"2030/05/16 Hacking Thursday 聚餐活动\"\ndate: 2030-05-14 18:38:00 +0800",
            "店名：示例甜甜圈\n地址：示例路 1649 号\n内容：没有演讲主题，自由交流\n时间：一般19：00~22：00\n"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 5, 16, 19, 0, 0, TimeSpan.FromHours(8)), (DateTimeOffset?)new DateTimeOffset(2030, 5, 16, 22, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("Samstag, 16.01.2027, 18:30", 2027, 1, 16)]
    [InlineData("Date & time: 12/20/2026 8:00 PM", 2026, 12, 20)]
    [InlineData("Date: 20/12/2026", 2026, 12, 20)]
    [InlineData("Date: 05/06/2026", 2026, 5, 6)]
    [InlineData("12-20-2026", 2026, 12, 20)]
    [InlineData("Date: 06.24.2020", 2020, 6, 24)]
    [InlineData("Date: 06.04.2020", 2020, 4, 6)]
    public void A_numeric_date_with_its_year_last_is_read_day_first_with_dots_and_the_day_over_twelve_else_month_first(string text, int year, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day).Should().Be((year, month, day));
    }

    [Theory]
    [InlineData("Time: Wednesday, 27th of November 2030, 19.00", 19, 0, null, null)]
    [InlineData("12.05.2030 18.30–21.00", 18, 30, 21, 0)]
    [InlineData("August 16, 2030, from 6.30 pm to 8.30 pm at Sandoase", 18, 30, 20, 30)]
    [InlineData("August 16, 2030, 6.30pm until 8.30pm", 18, 30, 20, 30)]
    public void Hours_parted_from_their_minutes_by_a_dot_right_after_a_date_are_its_time(string text, int hour, int minute, int? endHour, int? endMinute)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Start, found.End).Should().Be((new TimeOnly(hour, minute), endHour is { } h ? new TimeOnly(h, endMinute!.Value) : (TimeOnly?)null));
    }

    [Theory]
    [InlineData("Tuesday, 06. November 2030 at 19:00")]
    [InlineData("Dienstag, 06. November 2030 ab 19:00 Uhr")]
    public void A_day_written_with_an_ordinal_dot_before_its_month_is_read_with_its_hours(string text)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day, found.Start).Should().Be(((int?)2030, 11, 6, (TimeOnly?)new TimeOnly(19, 0)));
    }

    [Theory]
    [InlineData("May 5, 2030, 2.5 hours of talks")]
    [InlineData("May 5, 2030 version 10.12.1")]
    [InlineData("May 5, 2030 at 25.00")]
    public void A_decimal_or_a_version_after_a_date_is_no_time(string text)
    {
        DateTimeScanner.FindDate(text)!.Start.Should().BeNull();
    }

    [Theory]
    [InlineData("release v1.2.2026")]
    [InlineData("call 030/12/2026")]
    [InlineData("13/13/2026")]
    public void Numbers_that_only_look_like_a_date_with_its_year_last_are_none(string text)
    {
        DateTimeScanner.FindDate(text).Should().BeNull();
    }

    [Theory]
    [InlineData("时间: 151031 周六 10:42~17:17", 2015, 10, 31, 10, 42)]
    [InlineData("时间：20301031 14:00-17:00", 2030, 10, 31, 14, 0)]
    public void A_date_written_as_one_number_counts_before_a_weekday_or_a_clock_time(string text, int year, int month, int day, int hour, int minute)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Year, found.Month, found.Day, found.Start).Should().Be(((int?)year, month, day, (TimeOnly?)new TimeOnly(hour, minute)));
    }

    [Theory]
    [InlineData("订单号 151031 已确认")]
    [InlineData("报名人数 20301031")]
    [InlineData("编号 1510310 周六 10:42")]
    public void A_number_that_only_looks_like_a_compact_date_is_none(string text)
    {
        DateTimeScanner.FindDate(text).Should().BeNull();
    }

    [Fact]
    public void An_afternoon_start_in_twelve_hour_figures_beside_a_24_hour_end_is_read_in_the_afternoon()
    {
        var found = DateTimeScanner.FindDate("2030 年 10 月 12 日，星期六，1:30 – 16:50")!;

        (found.Start, found.End).Should().Be(((TimeOnly?)new TimeOnly(13, 30), (TimeOnly?)new TimeOnly(16, 50)));
    }
}
