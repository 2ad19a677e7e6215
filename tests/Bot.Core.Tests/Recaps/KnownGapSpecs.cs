using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Shapes that earlier probes of other communities' pages found the parser missing (issue 11), on pages
/// written for these specs (invented communities and people).</summary>
public sealed class KnownGapSpecs
{
    [Theory]
    [InlineData(" to ")]
    [InlineData(" – ")]
    [InlineData(" - ")]
    [InlineData(" ~ ")]
    [InlineData("至")]
    [InlineData("到")]
    public void A_range_between_two_ISO_date_times_gives_the_end_as_well_as_the_start(string separator)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Cloud Night\"\ndate: 2026-02-01",
            $"时间：2026-03-14T14:00+08:00{separator}2026-03-14T17:00+08:00\n\n地点：Example Hall, 1 Main Street\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2026, 3, 14, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 3, 14, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void An_ISO_date_time_range_over_two_days_ends_on_the_second_day()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Data Summit\"\ndate: 2026-02-01",
            "When: 2026-03-14T09:00Z to 2026-03-15T17:30Z\n\nWhere: Example Hall, 1 Main Street\n"));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 15, 17, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("## 分享主题")]
    [InlineData("## Topic")]
    [InlineData("## 议题")]
    public void A_topic_heading_with_the_title_on_the_next_line_names_the_one_talk_of_the_page(string heading)
    {
        var page = Pages.Parse(Pages.With("title: \"示例云原生直播第 3 期\"\ndate: 2030-03-01",
            $"时间：2030 年 3 月 10 日 20:00-21:00\n\n形式：线上直播\n\n{heading}\n\n用 eBPF 观测服务网格\n\n## 讲师\n\n罗一帆，青石科技工程师\n"));

        page.Event!.Talks.Single().Title.Should().Be("用 eBPF 观测服务网格");
    }

    [Theory]
    [InlineData("Example Conf 2030: speak with us", "## Call for Proposals\n\nSubmissions close on March 1, 2030. Send us your abstract.\n")]
    [InlineData("Example Conf 2030: speak with us", "## Call for Talks\n\nSubmissions close on March 1, 2030. Send us your abstract.\n")]
    [InlineData("示例开源社区 2030 年计划", "## 议题征集\n\n截止日期：2030 年 3 月 1 日，请把议题发到组委会邮箱。\n")]
    [InlineData("示例开源社区 2030 年计划", "## 征稿启事\n\n截止日期：2030 年 3 月 1 日，请把稿件发到组委会邮箱。\n")]
    public void A_page_whose_heading_calls_for_talks_and_that_has_nothing_to_attend_is_a_call_for_papers_and_says_so(string title, string body)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-01-10", body));

        (page.Kind, page.IsEvent).Should().Be((PageKind.CallForPapers, false));
        page.Reason.Should().Contain("calls for talks");
    }

    [Fact]
    public void An_undated_page_whose_heading_calls_for_talks_is_a_call_for_papers_and_says_so()
    {
        var page = Pages.Parse("---\ntitle: \"Speak at Example Conf\"\n---\n\n## Call for Proposals\n\nSend us your abstract.\n", "speak.md");

        (page.Kind, page.IsEvent).Should().Be((PageKind.CallForPapers, false));
        page.Reason.Should().Contain("'Call for Proposals' calls for talks");
    }

    [Fact]
    public void An_event_with_a_call_for_proposals_section_stays_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Cloud Night\"\ndate: 2030-01-10",
            "When: March 14, 2030, 18:00-21:00\n\nWhere: Example Hall, 1 Main Street\n\n## Call for Proposals\n\nWant to speak next time? Send us your abstract.\n"));

        (page.Kind, page.IsEvent).Should().Be((PageKind.Event, true));
    }
}
