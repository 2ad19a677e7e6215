using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

public sealed class DateTimeScannerSpecs
{
    [Theory]
    // D1: 晚 7 点 is 19:00
    [InlineData("1 月 17 日周四晚 7 点", null, 1, 17, DayOfWeek.Thursday, "19:00", null)]
    // D2: 晚 19 点 is already 19:00
    [InlineData("05 月 19 日周三晚 19 点", null, 5, 19, DayOfWeek.Wednesday, "19:00", null)]
    // D3: ASCII comma, no spaces
    [InlineData("08月18日,周三晚19点", null, 8, 18, DayOfWeek.Wednesday, "19:00", null)]
    // D4: full-width comma
    [InlineData("12 月 09 日，周三晚 19 点", null, 12, 9, DayOfWeek.Wednesday, "19:00", null)]
    // D5: 下午 13 点 stays 13:00
    [InlineData("3 月 24 日周日下午 13 点", null, 3, 24, DayOfWeek.Sunday, "13:00", null)]
    // D6 and its variants
    [InlineData("2022 年 04 月 01 日（周五）09:30-12:00", 2022, 4, 1, DayOfWeek.Friday, "09:30", "12:00")]
    [InlineData("2019 年 11 月 24 日（星期日）9:30-16:30", 2019, 11, 24, DayOfWeek.Sunday, "09:30", "16:30")]
    [InlineData("时间：2019 年 12 月 28 日（周六）13:00-17:30", 2019, 12, 28, DayOfWeek.Saturday, "13:00", "17:30")]
    // D7: double hyphen, no year, no weekday
    [InlineData("04 月 15 日 12:00--17:00", null, 4, 15, null, "12:00", "17:00")]
    // D8: leading space, times in full-width parentheses
    [InlineData(" 2022 年 04 月 16 日 （14:00-17:40）", 2022, 4, 16, null, "14:00", "17:40")]
    // D9: full-width colons inside the times, irregular spaces
    [InlineData("2021年6 月 19 日（周六）13：00 -17：30", 2021, 6, 19, DayOfWeek.Saturday, "13:00", "17:30")]
    // D10 joined: the date line then the time line
    [InlineData("2023 年 8 月 9 日（周三） 19：00 - 20：00", 2023, 8, 9, DayOfWeek.Wednesday, "19:00", "20:00")]
    // D11 zh and en
    [InlineData("2019年6月24日，星期一 9:00 – 16:00", 2019, 6, 24, DayOfWeek.Monday, "09:00", "16:00")]
    [InlineData("Monday, 24 June, 2019", 2019, 6, 24, DayOfWeek.Monday, null, null)]
    [InlineData("June 24, 2019 9:00 – 16:00", 2019, 6, 24, null, "09:00", "16:00")]
    [InlineData("Tuesday 24 November 2015 @ 19:00 - 21:00", 2015, 11, 24, DayOfWeek.Tuesday, "19:00", "21:00")]
    [InlineData("September 21, 2022, 10:00 a.m. – 6:30 p.m.", 2022, 9, 21, null, "10:00", "18:30")]
    [InlineData("2024年5月31日（周五）北京时间 11:00 p.m.", 2024, 5, 31, DayOfWeek.Friday, "23:00", null)]
    // D12: a date in prose
    [InlineData("2025 年 4 月 26 日 社区在大会上办了生日会", 2025, 4, 26, null, null, null)]
    // Extra spellings
    [InlineData("2022 年 4 月 1 日 上午 9:30", 2022, 4, 1, null, "09:30", null)]
    [InlineData("6 月 24 日 9 点至16 点", null, 6, 24, null, "09:00", "16:00")]
    [InlineData("3 月 29 号（下周三）下午 14 点", null, 3, 29, DayOfWeek.Wednesday, "14:00", null)]
    [InlineData("5 月 8 日（下周一）20:00-21:30", null, 5, 8, DayOfWeek.Monday, "20:00", "21:30")]
    [InlineData("2020/7/2（周四）19:00-20:00", 2020, 7, 2, DayOfWeek.Thursday, "19:00", "20:00")]
    [InlineData("2020-09-20 13:00-17:30", 2020, 9, 20, null, "13:00", "17:30")]
    [InlineData("2020-09-26 14 :15 - 15:00", 2020, 9, 26, null, "14:15", "15:00")]
    [InlineData("1 月 9 日周四晚 7 点至 9 点", null, 1, 9, DayOfWeek.Thursday, "19:00", "21:00")]
    [InlineData("8 月 1 日 19:00 ~ 20:30", null, 8, 1, null, "19:00", "20:30")]
    [InlineData("2027 年 3 月 4 日 晚 8 点半", 2027, 3, 4, null, "20:30", null)]
    [InlineData("March 4, 2027 7 pm", 2027, 3, 4, null, "19:00", null)]
    [InlineData("２０２２ 年 ４ 月 １ 日 ０９：３０", 2022, 4, 1, null, "09:30", null)]
    [InlineData("\u200B**2022 年 4 月 1 日**\u200B 9:30", 2022, 4, 1, null, "09:30", null)]
    [InlineData("May 2nd, 2007 6:30 – 8:00", 2007, 5, 2, null, "18:30", "20:00")]
    [InlineData("2024 年 11 月 23 日 6 点", 2024, 11, 23, null, "18:00", null)]
    [InlineData("2024 年 11 月 23 日 06:30-08:00", 2024, 11, 23, null, "06:30", "08:00")]
    [InlineData("2024 年 11 月 23 日 早上 6 点", 2024, 11, 23, null, "06:00", null)]
    [InlineData("2024 年 11 月 23 日 早 6 点", 2024, 11, 23, null, "06:00", null)]
    [InlineData("2024 年 10 月 27 日 早 9 时 30 分至下午 1 时", 2024, 10, 27, null, "09:30", "13:00")]
    [InlineData("01/22 Fri. 9pm - 10pm", null, 1, 22, DayOfWeek.Friday, "21:00", "22:00")]
    [InlineData("2/5 (四) 19:30", null, 2, 5, DayOfWeek.Thursday, "19:30", null)]
    [InlineData("Wednesday, July 21, 2030 from 6-8 pm.", 2030, 7, 21, DayOfWeek.Wednesday, "18:00", "20:00")]
    [InlineData("July 21, 2030, 11 - 1 PM", 2030, 7, 21, null, "11:00", "13:00")]
    [InlineData("Tuesday, October 26, 2010 @ 7:30-9:30 PM", 2010, 10, 26, DayOfWeek.Tuesday, "19:30", "21:30")]
    [InlineData("July 21, 2030, 9:30-1:30 PM", 2030, 7, 21, null, "09:30", "13:30")]
    [InlineData("July 21, 2030, 10:00-12:00 PM", 2030, 7, 21, null, "10:00", "12:00")]
    [InlineData("July 21, 2030, 2-3 people", 2030, 7, 21, null, null, null)]
    [InlineData("3/26（六）21:00", null, 3, 26, DayOfWeek.Saturday, "21:00", null)]
    [InlineData("Thu. March 4, 2027, 7 pm", 2027, 3, 4, DayOfWeek.Thursday, "19:00", null)]
    public void I_can_read_every_date_spelling_the_pages_use(
        string text, int? year, int month, int day, DayOfWeek? weekday, string? start, string? end)
    {
        var found = DateTimeScanner.FindDate(text);

        found.Should().NotBeNull();
        found!.Year.Should().Be(year);
        found.Month.Should().Be(month);
        found.Day.Should().Be(day);
        found.StatedWeekday.Should().Be(weekday);
        found.Start.Should().Be(start is null ? null : TimeOnly.Parse(start));
        found.End.Should().Be(end is null ? null : TimeOnly.Parse(end));
    }

    [Fact]
    public void A_date_range_without_times_keeps_its_last_day()
    {
        var found = DateTimeScanner.FindDate("2026 年 4 月 1 日-2026 年 4 月 25 日");

        found!.EndDate.Should().Be(((int?)2026, 4, 25));
        found.Start.Should().BeNull();
    }

    [Theory]
    [InlineData("2030年6月9日、10日", 10)]
    [InlineData("2030 年 6 月 9 日和 10 日 全天", 10)]
    [InlineData("2030年6月9日、11日", null)]
    public void Two_days_in_a_row_listed_one_after_the_other_span_the_event(string text, int? lastDay)
    {
        var found = DateTimeScanner.FindDate(text);

        found!.EndDate.Should().Be(lastDay is { } day ? ((int?)2030, 6, day) : null);
    }

    [Fact]
    public void A_multi_day_range_with_times_keeps_the_end_day_and_time()
    {
        var found = DateTimeScanner.FindDate("2019-11-02 09:00 ~ 11-03 17:00");

        found!.Start.Should().Be(new TimeOnly(9, 0));
        found.End.Should().Be(new TimeOnly(17, 0));
        found.EndDate.Should().Be(((int?)null, 11, 3));
    }

    [Theory]
    [InlineData("时间：H 点")]
    [InlineData("SOFAChannel#27: 深入 HTTP/3")]
    [InlineData("13 月 40 日")]
    [InlineData("2 月 30 日")]
    [InlineData("")]
    public void Text_without_a_real_date_gives_none(string text) =>
        DateTimeScanner.FindDate(text).Should().BeNull();

    [Theory]
    [InlineData("9:00 – 16:00", "09:00", "16:00")]
    [InlineData("Time: 9:00 – 16:00", "09:00", "16:00")]
    [InlineData("晚 7 点", "19:00", null)]
    [InlineData("13:00-17:0", "13:00", "17:00")]
    [InlineData("每天 8:30 - 11:30 & 14:00 - 17:00", "08:30", "17:00")]
    [InlineData("9:00-12:00 and 13:30-18:00", "09:00", "18:00")]
    [InlineData("9:00-12:00, 10:00 talk two", "09:00", "12:00")]
    [InlineData("14:00-15:00、13:00-14:00", "14:00", "15:00")]
    public void I_can_read_a_time_without_a_date(string text, string start, string? end)
    {
        var found = DateTimeScanner.FindTime(text);

        found!.Start.Should().Be(TimeOnly.Parse(start));
        found.End.Should().Be(end is null ? null : TimeOnly.Parse(end));
    }
}
