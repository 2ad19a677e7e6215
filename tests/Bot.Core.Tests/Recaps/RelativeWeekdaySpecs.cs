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
}
