namespace Bot.Core.Tests.Recaps;

/// <summary>A bare month and day in the title, on pages written for these specs.</summary>
public sealed class TitleDaySpecs
{
    private const string Body = "时间：{0}\n\n地点：杭州市滨江区网商路 699 号 2 号楼\n\n## 议题\n\n- 《消息轨迹的实现》讲师：柳青，某云\n- 《顺序消息的陷阱》讲师：苏洋，某电商\n";

    [Theory]
    [InlineData("【12.19 杭州】示例消息中间件 Meetup")]
    [InlineData("示例 Meetup 杭州站 12/19")]
    public void A_bare_month_and_day_in_the_title_dates_the_event_when_the_time_label_names_its_weekday(string title)
    {
        var e = Parse(title, "周六下午 13:30-17:30");

        (e.Start, e.End).Should().Be((new DateTimeOffset(2026, 12, 19, 13, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 19, 17, 30, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("【12.19 杭州】示例消息中间件 Meetup", "周日下午 13:30-17:30")]
    [InlineData("【12.19 杭州】示例消息中间件 Meetup", "下午 13:30-17:30")]
    public void A_bare_month_and_day_whose_weekday_the_page_does_not_confirm_is_not_the_events_day(string title, string time)
    {
        Parse(title, time).Start.Should().NotBe(new DateTimeOffset(2026, 12, 19, 13, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_dated_title_takes_its_hours_from_a_sentence_of_the_same_day()
    {
        var page = Pages.Parse(Pages.With("title: April 3, 2030 Meetup\ndate: 2030-03-18",
            "Join us at the Example Labs office, 10 Elm Ave, from 6-8 PM on Wednesday, April 3, 2030. Ana Lima will talk about testing.\n"), "april.md");

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 4, 3, 18, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 4, 3, 20, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_sentence_of_another_day_gives_a_dated_title_no_hours()
    {
        var page = Pages.Parse(Pages.With("title: April 3, 2030 Meetup\ndate: 2030-03-18",
            "Last time, on March 6, 2030 from 6-8 PM, we met at Example Labs, 10 Elm Ave.\n"), "april.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 4, 3, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("示例网关 v2.12.19 Meetup")]
    [InlineData("示例网关 1.12.19 Meetup")]
    public void A_version_number_is_no_month_and_day(string title)
    {
        Bot.Core.Recaps.Dates.TitleDay.Of(title, "周六下午 13:30-17:30", new DateOnly(2026, 12, 5)).Should().BeNull();
    }

    private static Bot.Core.Events.Event Parse(string title, string time) =>
        Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2026-12-05", string.Format(Body, time))).Event!;
}
