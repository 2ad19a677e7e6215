namespace Bot.Core.Tests.Recaps;

/// <summary>A multi-day event whose last day is named with no hour of its own, after the last timed day: it ends with
/// that day, in the zone of its times, with a note; pages written for these specs.</summary>
public sealed class LastDayEndSpecs
{
    [Fact]
    public void Days_listed_one_by_one_end_with_the_last_even_when_only_the_first_has_timed_sessions()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at Example Summit 2031\"\ndate: 2031-06-02T12:00:00+02:00",
            "**When:** Wednesday, June 18 and Thursday, June 19, 2031  \n**Where:** Hall B\n\n" +
            "### Project Update\n\n**When:** Wednesday, June 18, 2031, 11:00am - 11:20am CEST  \n**Where:** Room 4\n\n" +
            "### Maintainer Meeting\n\n**When:** Wednesday, June 18, 2031, 3:00pm - 4:00pm CEST  \n**Where:** Room 7\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2031, 6, 18, 11, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2031, 6, 19, 23, 59, 59, TimeSpan.FromHours(2))));
        page.Diagnostics.Should().Contain(d => d.Code == "end-of-last-day");
    }

    [Fact]
    public void A_day_range_with_a_start_hour_only_ends_with_its_last_day()
    {
        var page = Pages.Parse(Pages.With("title: 示例开源年会\ndate: 2030-10-20T10:00:00+08:00",
            "## 简介\n\n- 活动时间：10 月 30 - 31 日 9:00 开始\n- 活动地点：示例会展中心\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 10, 30, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 31, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_day_range_with_the_hours_of_each_day_ends_at_the_last_days_closing_hour()
    {
        var page = Pages.Parse(Pages.With("title: 示例开源年会\ndate: 2030-10-20T10:00:00+08:00",
            "## 简介\n\n- 活动时间：10 月 30 - 31 日，每天 9:00 - 17:00\n- 活动地点：示例会展中心\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 10, 30, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 31, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Days_listed_after_the_timed_sessions_extend_a_programme_to_the_end_of_its_last_day()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at Example Summit 2031\"\ndate: 2031-06-02T12:00:00+02:00",
            "## Poster session\n\n**When:** Monday, June 16, 2031, 6:00pm - 7:30pm CEST  \n**Where:** Hall A\n\n" +
            "## Booth\n\n**When:** Wednesday, June 18 and Thursday, June 19, 2031  \n**Where:** Booth 12\n\n" +
            "## Lightning talk\n\n**When:** Wednesday, June 18, 2031, 12:00pm - 12:05pm CEST  \n**Where:** Room 3\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2031, 6, 16, 18, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2031, 6, 19, 23, 59, 59, TimeSpan.FromHours(2))));
    }
}
