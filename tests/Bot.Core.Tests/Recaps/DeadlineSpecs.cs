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
