namespace Bot.Core.Tests.Recaps;

/// <summary>An evening's timetable that gives each row one hour (<c>19:00 - Welcome</c>, <c>21:30 - Doors close</c>):
/// the event runs from its first row that is not the doors opening to its closing row; pages written for these specs.</summary>
public sealed class TimetableSpecs
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private const string Timetable = """
        * 18:30 - Doors open, time for snacks and networking
        * 19:00 - Welcome and announcements
        * 19:10 - "Hot code reload" - Robin Kay
        * 19:55 - "Rust inside Scala" - Bo Karlsson
        * 20:25 - Break + snacks
        * 21:15 - Hang out and chat
        * 21:30 - Doors close
        """;

    [Fact]
    public void A_timetable_under_a_prose_date_starts_after_the_doors_open_and_ends_with_its_closing_row()
    {
        var e = Parse("title: \"Rust and Tell - Summer Edition\"", $"**When:** Thursday, September 1, 2022\n\n{Timetable}\n").Event!;

        (e.Start, e.End).Should().Be((At(2022, 9, 1, 19, 0), At(2022, 9, 1, 21, 30)));
    }

    [Fact]
    public void A_front_matter_start_without_an_end_takes_the_end_from_the_timetables_closing_row()
    {
        var e = Parse("title: \"Rust and Tell - Summer Edition\"\ndate: \"2022-09-01 18:30:00 +0800\"", $"Join us!\n\n{Timetable}\n").Event!;

        (e.Start, e.End).Should().Be((At(2022, 9, 1, 18, 30), At(2022, 9, 1, 21, 30)));
    }

    [Fact]
    public void A_timetable_whose_last_row_is_no_closing_row_gives_no_end()
    {
        var e = Parse("title: \"Python Night\"",
            "**When:** Wednesday, March 19, 2025\n\n* 6:45 PM - Opening words\n* 7:00 PM - \"Forecasting\" - Alice Brown\n* 8:00 PM - \"Data contracts\" - Bob Green\n* 8:45 PM - Drinks\n").Event!;

        (e.Start, e.End).Should().Be((At(2025, 3, 19, 18, 45), (DateTimeOffset?)null));
    }

    [Fact]
    public void Two_hours_at_the_start_of_lines_are_no_timetable()
    {
        var e = Parse("title: \"Python Night\"",
            "**When:** Wednesday, March 19, 2025, 19:00\n**Where:** Example Hall, 12 Main Street\n\n18:00 is when the kitchen closes.\n\n22:00 - End\n").Event!;

        (e.Start, e.End).Should().Be((At(2025, 3, 19, 19, 0), (DateTimeOffset?)null));
    }

    [Fact]
    public void Rows_out_of_time_order_are_no_timetable()
    {
        var e = Parse("title: \"Python Night\"",
            "**When:** Wednesday, March 19, 2025\n**Where:** Example Hall, 12 Main Street\n\n* 19:00 - Talks\n* 18:00 - Food\n* 21:00 - End\n\n\"Forecasting\" by Alice Brown.\n").Event!;

        e.HasClockTime.Should().BeFalse();
        e.End!.Value.TimeOfDay.Should().Be(new TimeSpan(23, 59, 59));
    }

    [Fact]
    public void A_recaps_paragraphs_that_open_with_the_hour_and_its_half_of_the_day_time_the_day_a_date_gives_alone()
    {
        var e = Parse("title: \"示例安装聚会成功举办\"\ndate: \"2030-03-14 21:04:29 +0800\"",
            "2030 年 3 月 10 日下午，由示例用户协会承办的安装聚会在西区 3C101 教室顺利举行。\n\n"
            + "下午 14:00，张三同学介绍了协会，之后由李四同学作了“遇见 Linux”的演讲。\n\n"
            + "下午 15:00 左右，安装聚会开始。\n\n下午 16:30 左右，大部分同学已经安装好系统。\n").Event!;

        e.Start.Should().Be(At(2030, 3, 10, 14, 0));
    }

    private static Bot.Core.Recaps.RecapPage Parse(string frontMatter, string body) => Pages.Parse(Pages.With(frontMatter, body), "demo-timetable.md");

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, Offset);
}
