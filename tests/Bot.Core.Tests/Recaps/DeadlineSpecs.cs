namespace Bot.Core.Tests.Recaps;

/// <summary>Registration deadlines written beside the event's own date, on pages written for these specs.</summary>
public sealed class DeadlineSpecs
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("活动将于2026年12月20日下午14:00开始，地点在杭州市文三路 90 号。报名将在 12 月 18 日 18:00 结束。")]
    [InlineData("报名截止：2026 年 12 月 18 日 18:00。活动将于 2026 年 12 月 20 日 14:00 开始。")]
    [InlineData("Registration closes on December 18, 2026 at 18:00. The meetup starts on December 20, 2026 at 14:00.")]
    public void A_deadlines_date_is_neither_the_start_nor_a_session_of_the_programme(string body)
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Tech Night\"\ndate: 2026-11-15",
            body + "\n\n**Speakers**\n\n* Ana Sousa — *From support to SRE*\n* Rita Marques — *Accessibility testing*\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2026, 12, 20, 14, 0, 0, Beijing));
        e.End.Should().NotBe(new DateTimeOffset(2026, 12, 20, 14, 0, 0, Beijing));
    }

    [Theory]
    [InlineData("紀念貼圖須於 2027 年 01 月 20 日（星期三）23:59 前領取與使用。")]
    [InlineData("錯過直播的朋友，2027/1/20 前都可以回放觀看影片。")]
    [InlineData("作业请在 2027 年 1 月 20 日之前提交。")]
    [InlineData("Slides must be sent no later than January 20, 2027.")]
    public void A_day_things_must_happen_before_dates_no_event(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"示例技术日\"",
            "- 活動時間：早上 10 點開始\n- 活動形式：線上直播\n\n" + sentence + "\n\n## 議程\n\n* 张三 — 服务网格实践\n* 李四 — 可观测性落地\n"));

        (page.Event?.Start).Should().BeNull();
    }

    [Fact]
    public void A_day_before_a_word_that_opens_with_the_same_character_still_dates_the_event()
    {
        var e = Pages.Parse(Pages.With("title: \"示例技术日\"\ndate: 2026-11-15",
            "2026 年 12 月 20 日前端沙龙在杭州举办。\n\n## 议程\n\n* 张三 — 服务网格实践\n* 李四 — 可观测性落地\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2026, 12, 20, 0, 0, 0, Beijing));
    }

    [Fact]
    public void A_recap_saying_how_many_registered_for_an_event_that_ended_well_names_no_deadline()
    {
        var e = Pages.Parse(Pages.With("title: 中国首次示例 meetup 圆满结束！\npublishdate: 2026-07-15",
            "2026年7月10号示例社区在中国的首场meetup在北京圆满结束.这次活动得到了热烈欢迎:有292人报名了本次活动,大约有140人现场参与.\n\n"
            + "## 演讲资料\n\n- 张三：服务网格数据平面热升级技术分享\n- 李四：Envoy 原理介绍\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2026, 7, 10, 0, 0, 0, Beijing));
    }

    [Theory]
    [InlineData("Nominations will close on Wednesday December 23rd at 12pm, please get them in by then.")]
    [InlineData("Talk proposals are due on December 23, 2026 at noon.")]
    public void A_date_by_which_something_closes_or_is_due_does_not_end_the_event(string sentence)
    {
        var e = Pages.Parse(Pages.With("title: \"Week 12 - Lightning Talks\"\ndate: 2026-12-15",
            "## tl;dr\n\n- When: Friday, December 18th, 2026, 4pm - 6pm\n- Where: Room 2520, Example Hall\n\n" + sentence + "\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2026, 12, 18, 16, 0, 0, Beijing), new DateTimeOffset(2026, 12, 18, 18, 0, 0, Beijing)));
    }
}
