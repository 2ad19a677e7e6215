using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

/// <summary>Weekdays named relative to the week a page was published in (<c>下周三</c>, <c>next Wednesday</c>), dated
/// from its publish date; lines and pages written for these specs.</summary>
public sealed class RelativeWeekdaySpecs
{
    // A Monday.
    private static readonly DateOnly Published = new(2030, 5, 6);

    [Theory]
    [InlineData("下周三晚 8 点", 2030, 5, 15, 20)]
    [InlineData("本周五 14:00", 2030, 5, 10, 14)]
    [InlineData("这周日上午 10 点", 2030, 5, 12, 10)]
    [InlineData("下星期一 19:30", 2030, 5, 13, 19)]
    [InlineData("next Wednesday at 7 pm", 2030, 5, 15, 19)]
    [InlineData("This Friday, 18:00", 2030, 5, 10, 18)]
    public void A_weekday_relative_to_the_publish_week_is_dated_from_the_publish_date(string text, int year, int month, int day, int hour)
    {
        var found = RelativeWeekday.Find(text, Published)!;

        (found.Year, found.Month, found.Day, found.Start?.Hour).Should().Be((year, month, day, hour));
    }

    [Theory]
    [InlineData("每周三晚 8 点")]
    [InlineData("下午 3 点")]
    [InlineData("the next speaker")]
    public void A_weekday_without_next_or_this_or_a_word_that_only_looks_alike_is_no_date(string text)
    {
        RelativeWeekday.Find(text, Published).Should().BeNull();
    }

    [Fact]
    public void A_page_whose_time_label_says_next_wednesday_starts_that_day()
    {
        var page = Pages.Parse(Pages.With("title: 示例直播预告：服务网格入门\ndate: 2030-05-06T10:00:00+08:00",
            "## 活动信息\n\n- 时间：下周三晚 8 点 - 9 点\n- 形式：线上直播\n\n## 分享内容\n\n一次关于服务网格的入门分享。\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2030, 5, 15, 20, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 5, 15, 21, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("Tonight we'll be meeting at Example Lab. Join our chat to find us.", "2030-05-06T00:00:00.0000000-04:00", false)]
    [InlineData("Tonight at 7 pm we meet at Example Lab.", "2030-05-06T19:00:00.0000000-04:00", true)]
    public void A_page_that_dates_nothing_else_but_says_tonight_is_the_gathering_of_its_publish_day(string line, string start, bool hasClock)
    {
        var page = Bot.Core.Recaps.RecapParser.Parse(Pages.With("date: '2030-05-06'\ntitle: 'Example Socratic Seminar #42'",
            "It's almost time for the seminar!\n\n" + line + "\n"), "seminar.md", new Bot.Core.Recaps.RecapParserOptions("America/New_York"));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Start!.Value.ToString("o").Should().Be(start);
        page.Event.HasClockTime.Should().Be(hasClock);
    }

    [Fact]
    public void Tonight_in_a_page_with_a_date_of_its_own_leaves_that_date()
    {
        var page = Pages.Parse(Pages.With("date: '2030-05-01'\ntitle: 'Example Meetup'", "We meet on May 8, 2030 at 19:00 at Example Lab.\n\nTonight's topic is caching.\n"));

        page.Event!.Start!.Value.Day.Should().Be(8);
    }
}
