using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Events are told from other pages by what they state, and check says why a page is not one.</summary>
public sealed class EvidenceSpecs
{
    [Theory]
    [InlineData("Call for Proposals: DevOpsDays 2030", PageKind.CallForPapers)]
    [InlineData("Techparty & 示例框架 - 广州 4 月专场沙龙 - 主题征集", PageKind.CallForPapers)]
    [InlineData("示例 Meetup 话题征集", PageKind.CallForPapers)]
    [InlineData("示例社区周报（8.9-8.15）", PageKind.Report)]
    [InlineData("社区活动预告 - 示例社区技术月刊", PageKind.Report)]
    [InlineData("示例社区 2030 年度贡献者名单", PageKind.Report)]
    [InlineData("示例开源大赛获奖名单公布", PageKind.Report)]
    [InlineData("Example v2.8 release - the conference release", PageKind.ReleaseNote)]
    [InlineData("第 104 期示例分享-文字版", PageKind.Transcript)]
    public void Pages_that_say_what_they_are_are_not_events_and_say_why(string title, PageKind kind)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-08-19T10:00:00+08:00", "- 时间：2030 年 8 月 21 日 13:30\n- 地点：杭州\n"));

        (page.Kind, page.IsEvent).Should().Be((kind, false));
        page.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("Example 3.28 Release Party")]
    [InlineData("示例 v2.0 发布会")]
    public void A_release_celebrated_together_is_an_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-08-19T10:00:00+08:00", "- 时间：2030 年 8 月 21 日 13:30\n- 地点：示例大学 A-600\n"));

        page.IsEvent.Should().BeTrue();
    }

    [Fact]
    public void A_page_whose_dates_run_over_weeks_lists_many_meetings_and_is_not_one_event()
    {
        var page = Pages.Parse(Pages.With("title: \"双周会\"",
            "每两周我们举办一次会议。\n\n- 2030年08月10日 20:30 (GMT+08:00): https://meeting.example.com/a\n- 2030年08月24日 20:30 (GMT+08:00): https://meeting.example.com/b\n"
            + "- 2030年09月07日 20:30 (GMT+08:00): https://meeting.example.com/c\n\n## 会议纪要\n\n- 状态管理源码解析 by 陈一\n"));

        (page.Kind, page.IsEvent).Should().Be((PageKind.Report, false));
        page.Reason.Should().Contain("2030-08-10 to 2030-09-07");
    }

    [Fact]
    public void A_project_whose_front_matter_dates_run_for_months_with_nothing_to_attend_is_not_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"Website for Example Camp 2031\"\nstart_date: 2030-11-12 17:30:00\nend_date: 2031-03-20 17:30:00\nstatus: DONE",
            "Website for Example Camp 2031, built in Jekyll.\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("nothing to attend");
    }

    [Fact]
    public void A_conference_over_four_days_stays_one_event()
    {
        var page = Pages.Parse(Pages.With("title: \"示例大会 2030\"", "- 时间：2030 年 8 月 10 日 - 8 月 13 日\n- 地点：上海\n\n### 云原生的未来\n\n讲师：陈一\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.End.Should().NotBeNull();
    }

    [Fact]
    public void A_page_without_any_date_is_not_an_event()
    {
        var page = Pages.Parse("---\ntitle: \"Location & Venue\"\n---\n\n**Address**<br>Example Hotel, 1 Example Street\n\n讲师：张三\n", "location.md");

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("no date");
    }

    [Fact]
    public void A_dated_page_with_nothing_to_attend_is_not_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"社区成立\"\ndate: 2030-01-02T10:00:00+08:00", "2029 年 12 月 28 日，我们宣布社区成立。\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("nothing to attend");
        page.Diagnostics.Should().BeEmpty("findings about an event that is not one are noise");
    }

    [Theory]
    [InlineData("This means that our next meetup on **25 March 2030** will be our one year anniversary.", true)]
    [InlineData("我们的下次活动定在 2030 年 3 月 25 日。", true)]
    [InlineData("On 25 March 2029 a handful of people met for the very first time.", false)]
    public void A_page_that_dates_the_next_gathering_announces_it(string line, bool isEvent)
    {
        var page = Pages.Parse(Pages.With("title: \"(example-berlin)\"", "# One year anniversary\n\n" + line + "\n\n- Bring a friend, everyone is welcome.\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("March 28, 2030, 7 PM to 9 PM EDT. See our group page.", true)]
    [InlineData("March 28, 2030, 19:00 UTC+8.", true)]
    [InlineData("March 28, 2030, 7 PM to 9 PM. See our group page.", false)]
    public void A_day_and_hour_told_with_their_zone_is_something_to_attend(string line, bool isEvent)
    {
        var page = Pages.Parse(Pages.With("title: \"Kernel modules\"\ndate: 2030-03-01", "In this session, we will be building a small kernel module.\n\n" + line + "\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("Example Introduction at the Foundation's Community Meeting", "The team gave an overview of Example at the foundation's community meeting on Oct 20th, 2029.\n")]
    [InlineData("示例社区技术交流会", "2029 年 12 月 28 日，大家聊了聊新版本。\n")]
    [InlineData("示例开发者见面会", "2029 年 12 月 28 日，大家聊了聊新版本。\n")]
    public void A_dated_gathering_of_any_name_is_something_to_attend(string title, string body)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"", body));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Kind.Should().Be(Bot.Core.Events.EventKind.Meetup);
    }

    [Fact]
    public void A_recap_dated_only_by_its_path_is_an_event_with_its_talks()
    {
        var page = Pages.Parse("---\ntitle: \"示例 Meetup 回顾\"\n---\n\n### 一个议题\n\n#### 分享嘉宾\n\n张三 / 示例公司工程师\n", "2030-08-24-meetup-recap.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("张三");
    }

    [Theory]
    [InlineData("活动回顾 | 第 4 期示例沙龙", "10 月 17 日，第 4 期示例沙龙在杭州举办，近百位开发者到场。\n\nPPT 下载：https://pan.example.com/s/abc\n", false)]
    [InlineData("Recap: Example Meetup Berlin", "On October 17 we met in Berlin for three talks. Thanks to everyone who came!\n", false)]
    [InlineData("回顾与预告：第 5 期示例沙龙", "第 5 期将于 11 月 21 日 14:00 在杭州举办。\n\n地点：杭州市示例路 1 号\n", true)]
    public void A_recap_without_talks_that_dates_only_a_day_before_its_publication_is_no_event(string title, string body, bool isEvent)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-10-20T10:00:00+08:00", body));

        page.IsEvent.Should().Be(isEvent, page.Reason);
        if (!isEvent)
        {
            page.Reason.Should().Contain("recap");
        }
    }
}
