using Bot.Core.Recaps.Dates;
using Bot.Core.Recaps.Outline;

namespace Bot.Core.Tests.Recaps;

public sealed class LineDatesSpecs
{
    // A paragraph's lines as the outline gives them: the second continues the first (the author's editor wrapped it).
    private static LineDates Paragraph(string first, string second) =>
        new([new PageLine(first, [], 10, null, false, false, true), new PageLine(second, [], 11, null, false, false, false)]);

    [Fact]
    public void A_wrapped_line_without_a_digit_or_a_name_starts_none_of_the_next_lines_dates()
    {
        var dates = Paragraph("Join us at the venue for talks and", "food on 2026-05-01 at 19:00.");

        var starting = dates.StartingIn(0);

        starting.Should().BeEmpty();
        dates.Of(1).Should().ContainSingle().Which.Day.Should().Be(1);
    }

    [Fact]
    public void A_date_wrapped_after_its_month_starts_in_the_first_line()
    {
        var dates = Paragraph("The summit runs from December", "10th through the 13th, 2026.");

        var starting = dates.StartingIn(0);

        starting.Should().ContainSingle().Which.Should().Match<DateTimeText>(d => d.Month == 12 && d.Day == 10 && d.EndDate!.Value.Day == 13);
    }

    [Fact]
    public void A_zone_at_the_end_of_a_line_dates_the_time_on_the_next_one()
    {
        var dates = Paragraph("直播开始于北京时间", "2026 年 5 月 1 日 19:00");

        var starting = dates.StartingIn(0);

        starting.Should().ContainSingle().Which.Offset.Should().Be(TimeSpan.FromHours(8));
    }
}
