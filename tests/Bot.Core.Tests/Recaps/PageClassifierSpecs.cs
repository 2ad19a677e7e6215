using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

public sealed class PageClassifierSpecs
{
    [Fact]
    public void A_lab_call_is_not_an_event() =>
        Pages.Parse(Pages.With("title: \"<SOFA:DemoLab/>\"\ndate: 2019-03-01T10:00:00+08:00\ncategories: \"SOFALab\"",
            "## 认领列表\n\n| 篇章 | 认领人 |\n|---|---|\n| 第一篇 | 待认领 |\n")).Kind.Should().Be(PageKind.LabCall);

    private const string YearOfMeetups = "| 时间 | 城市 | 报名 |\n| --- | --- | --- |\n| 2030年1月9日 | 线上 | [议程回顾](https://example.org/1) |\n"
        + "| 2030年3月13日 | 上海 | [立即报名](https://example.org/2) |\n| 2030年4月10日 | 北京 | [立即报名](https://example.org/2) |\n";

    [Fact]
    public void A_table_of_meetups_weeks_apart_is_a_list_of_events_not_one()
    {
        var page = Pages.Parse("# Meetup 城市站全年规划\n\n" + YearOfMeetups + "\n活动日期可能微调。\n", "year-plan.md");

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("a list of events");
    }

    [Fact]
    public void An_event_that_states_its_own_date_stays_one_beside_a_table_of_past_meetups()
    {
        var page = Pages.Parse(Pages.With("title: 示例 Meetup 成都站\ndate: 2030-05-01", "时间：2030年5月15日 14:00\n\n地点：成都某空间\n\n## 往期活动\n\n" + YearOfMeetups));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 5, 15, 14, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void An_open_source_summer_deadline_with_a_clock_time_is_not_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"2030 开源之夏 | 选一个项目\"\ndate: 2030-05-01T10:00:00+08:00",
            "学生报名截止时间为 **2030 年 06 月 09 日 18:00 UTC+8**，请留意。\n\n导师：某某\n"));

        page.Kind.Should().Be(PageKind.OpenSourceSummer);
        page.IsEvent.Should().BeFalse();
    }

    [Fact]
    public void A_pr_challenge_with_a_bold_activity_time_wrapped_in_zero_width_spaces_is_not_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"不办 Meetup，开挑战赛！PR Challenge\"\ndate: 2030-03-20T10:00:00+08:00",
            "* \u200B**活动入口**\u200B：[https://example.org/challenge](https://example.org/challenge)\n* \u200B**活动时间**\u200B：2030 年 4 月 1 日-2030 年 4 月 25 日\n"));

        page.Kind.Should().Be(PageKind.Challenge);
    }

    [Theory]
    [InlineData("秋季学期社团联合招新")]
    [InlineData("示例实验室为你新开放了一个技术岗位：来一起变得更强吧！")]
    [InlineData("Volunteer recruitment for Example Con 2030")]
    public void A_call_for_members_or_volunteers_is_not_an_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-09-27", "- 时间：2030 年 9 月 27 日 12:00\n- 地点：C 楼门前 E15 摊位\n\n欢迎来玩～\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("recruits");
    }

    [Theory]
    [InlineData("Week 14 - Open Hours - no official meeting")]
    [InlineData("Summer – Hiatus")]
    [InlineData("December meetup cancelled")]
    [InlineData("示例 Meetup 杭州站活动取消通知")]
    public void A_notice_that_the_meeting_does_not_take_place_is_not_an_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-05-04",
            "* Time/date: Friday, May 5th, 2030, 4pm - 6pm (**GOL-2520**)\n* Talk: N/A\n\n地点：某路 8 号\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("does not take place");
    }

    [Theory]
    [InlineData("示例社区 2030 年度回顾", false)]
    [InlineData("Example project: 2030 year in review", false)]
    [InlineData("Rust 开发年度回顾 -- 示例 Dev Meetup", true)]
    [InlineData("Lightning Talks and Year in Review", true)]
    public void A_look_back_over_a_year_is_a_digest_unless_the_title_names_the_gathering_it_is_the_topic_of(string title, bool isEvent)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-12-07",
            "2030年12月07日 14:00，示例实验室在某路 8 号组织了技术分享。\n\n### 异步编程\n\n讲师：方远\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("type: socratic\ndate: \"2030-10-20 19:00:00\"", true)]
    [InlineData("type: meetup\ndate: \"2030-10-20 19:00:00\"", true)]
    [InlineData("type: post\ndate: \"2030-10-20 19:00:00\"", false)]
    [InlineData("type: socratic\ndate: \"2030-10-20\"", false)]
    public void A_gatherings_type_over_a_reading_list_makes_the_pages_hour_the_gatherings(string frontMatter, bool isEvent)
    {
        var page = Pages.Parse(Pages.With($"layout: post\n{frontMatter}\ntitle: \"October 2030\"",
            "### Example Script vs Taproot\n\n- [https://example.org/issues/7002](https://example.org/issues/7002)\n\n"
            + "### MuSig2 Spec\n\n- [https://example.org/bips/pull/1372](https://example.org/bips/pull/1372)\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
        if (isEvent)
        {
            page.Event!.Start!.Value.ToString("yyyy-MM-dd HH:mm").Should().Be("2030-10-20 19:00");
        }
    }

    [Theory]
    [InlineData("First Meeting - Minutes", false)]
    [InlineData("Minutes of the March meeting", false)]
    [InlineData("示例社区 TSC 会议纪要", false)]
    [InlineData("First Meeting", true)]
    [InlineData("Rust in 30 minutes", true)]
    public void Minutes_that_list_no_talks_and_date_nothing_are_an_account_but_a_talks_length_is_no_minutes(string title, bool isEvent)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-04-16",
            "I had planned for us to meet at the Example Cafe on Howe Street, which is a big space.\n\nSo, how did the evening go? We talked about build pipelines.\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("**Present**\n\n* Len Example\n* Ana Example\n\n**Apologies**\n\n* Jo Example\n", false)]
    [InlineData("## 出席人员\n\n张三、李四\n\n## 请假\n\n王五\n", false)]
    [InlineData("**Attendees**\n\n* Len Example\n* Ana Example\n", true)]
    public void A_page_that_lists_who_was_present_and_who_sent_apologies_is_a_meetings_minutes(string body, bool isEvent)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Ruby Association September Meeting Agenda\"\ndate: 2030-09-20",
            "**Meeting starts 7:06pm.**\n\n" + body + "\n## Action items from last meeting\n\n1. Constitutional rewrite - Ryan to talk to the lawyer (Lauren / Ryan)\n"
            + "2. Rails Camp will be hosted by Example Kites.\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("The Example Conf 2031 Call For Talk Proposals is now open")]
    [InlineData("Call for submissions: Example Days")]
    public void A_call_for_talk_proposals_or_submissions_is_not_an_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-09-26", "The conference takes place on April 20-22 in Portland.\n\n[Submit a talk](https://example.org/cfp)\n"));

        page.Kind.Should().Be(PageKind.CallForPapers);
    }

    [Theory]
    [InlineData("We had 40 people attend our workshop last weekend. Thanks to the sponsors!")]
    [InlineData("Thanks to everyone who came to the workshop on Saturday.")]
    [InlineData("上周六，示例工作坊在杭州顺利举行，感谢各位到场。")]
    [InlineData("Did you get to our Inkscape for Beginners workshop? The templates are online now.")]
    [InlineData("We had a fun afternoon with members and new people, learning the basics of Inkscape.")]
    public void A_page_dated_only_by_its_publication_that_opens_with_how_the_event_went_is_a_recap(string opening)
    {
        var page = Pages.Parse(Pages.With("title: \"Test-Driven Development Workshop\"\ndate: 2030-11-05\ntags: [workshop]",
            $"{opening}\n\nThe [tutorials](https://example.org/tutorials) are online.\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("took place");
    }

    [Fact]
    public void A_recap_that_lists_the_talks_given_stays_the_events_page()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup 北京站\"\ndate: 2030-05-20",
            "示例 Meetup 北京站在某空间成功举办，以下是现场分享。\n\n### 现状与未来规划\n\n讲师：罗毅\n\n### 服务治理实践\n\n讲师：李鼎\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Talks.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Doors open at 6:30PM and we will try to start promptly at 7PM.", true)]
    [InlineData("We will try to start promptly at 7PM.", false)]
    public void An_hour_when_the_doors_open_is_a_gathering_to_come_to(string sentence, bool isEvent)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Devs Amsterdam, October 8th 2030\"", $"It's time for another meeting!\n\n{sentence}\n"));

        page.IsEvent.Should().Be(isEvent, page.Reason);
    }

    [Theory]
    [InlineData("示例空间开放日：休闲机器人的时代 Robot Contest Kick Off")]
    [InlineData("Example Hackspace Open House: robot competition")]
    public void An_open_day_or_kick_off_of_a_contest_is_a_gathering(string title)
    {
        var page = Pages.Parse(Pages.With($"title: '{title}'\ndate: '2030-01-07 15:06:56 +0800'",
            "时间: 2030年1月16日，下午一点到五点  \n地点：徐汇区永嘉路50号某空间\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.End.Should().Be(new DateTimeOffset(2030, 1, 16, 17, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_salon_about_a_contest_system_is_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"6th 示例沙龙：校史竞赛系统从前到后（续）\"\ndate: 2030-05-27",
            "- 地点：示例楼二楼\n- 时间：第十三周周日（5/27）21:00\n- 主讲人：叶志浩\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
    }

    [Theory]
    [InlineData("示例项目参加高校开发者大赛，50万奖金等你来赢")]
    [InlineData("Codeheat Open Source Competition")]
    [InlineData("示例数据库性能竞赛开赛")]
    public void A_title_that_announces_a_contest_is_not_an_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-11-05T10:00:00+08:00",
            "- 时间：2030.11.05-2031.04.20\n- 地点：线上\n- 报名：https://example.org/contest\n"));

        page.Kind.Should().Be(PageKind.Challenge);
        page.Reason.Should().Contain("contest");
    }

    [Fact]
    public void An_anniversary_recap_with_only_a_prose_date_and_speaker_blocks_is_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"社区九周年\"\ndate: 2027-04-20T15:00:00+08:00\ncategories: \"SOFAStack\"",
            "自 2018 年 4 月 19 日起，社区一路走来。\n\n2027 年 4 月 24 日，社区在杭州办了生日会。\n\n### 一个议题\n\n张三，某公司工程师\n\n**议题简介**\n\n介绍。\n"));

        page.IsEvent.Should().BeTrue();
        page.Event!.Start!.Value.Date.Should().Be(new DateTime(2027, 4, 24));
        page.Event.HasClockTime.Should().BeFalse();
        page.WarningCodes().Should().Contain("no-clock-time");
    }

    [Fact]
    public void A_page_with_a_form_label_is_an_event() =>
        Pages.ChannelPage("5 月 19 日周三晚 19 点").Kind.Should().Be(PageKind.Event);

    [Fact]
    public void A_blog_like_page_without_event_signals_is_other() =>
        Pages.Parse(Pages.With("title: \"一篇随笔\"\ndate: 2022-03-20T10:00:00+08:00", "今天聊聊架构。\n")).Kind.Should().Be(PageKind.Other);

    [Fact]
    public void A_post_about_meetups_that_dates_nothing_and_offers_nothing_to_attend_is_no_event()
    {
        var page = Pages.Parse(Pages.With("title: \"Our meetup playbook: how we run monthly events\"\ndate: 2030-10-02",
            "## Timing\n\nWe start at 18:30 and end by 21:00; the first speaker goes on at 19:00.\n\n## Speakers\n\nWe ask speakers to send slides a day ahead.\n"));

        page.Event.Should().BeNull();
        page.Reason.Should().StartWith("no date of its own");
    }

    [Fact]
    public void A_dated_meetup_announcement_that_leaves_the_rest_unsaid_is_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"Rust Meetup #13\"\ndate: 2030-10-02", "Our next meetup is on October 20, 2030 at 19:00. Details follow.\n"));

        page.Event!.Start.Should().NotBeNull();
    }

    [Fact]
    public void A_post_dated_only_by_its_publication_that_talks_of_meetups_but_offers_nothing_to_attend_is_no_event()
    {
        var page = Pages.Parse(Pages.With("title: \"建立一个网站方便发布信息\"\ndate: 2030-07-08 10:20\ncategories: 面基",
            "为了方便发布信息，总结聚会，发布分享，我决定建立一个网站：\n\n1. 对外宣传的一个门户\n2. 我们自己活动、公告发布的一个地方\n"));

        page.Event.Should().BeNull();
        page.Reason.Should().StartWith("a date but nothing to attend");
    }

    [Theory]
    [InlineData("Community meeting notes 2030-11-30", "Community meeting notes 2030-11-30")]
    [InlineData("SIG Storage 第十二次例会纪要", "SIG Storage 第十二次例会")]
    [InlineData("示例社区第二十九次会议纪要", "示例社区第二十九次会议")]
    public void The_notes_of_a_meeting_held_are_the_recap_of_that_meeting_titled_by_it(string title, string shown)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-11-30",
            "Attendees: Alice Smith, Bob Jones\n\n## Agenda\n\n- 16:00 Release status — Alice Smith\n- 16:20 Docs migration — Bob Jones\n"));

        page.Event.Should().NotBeNull("minutes tell of a meeting held, as a recap does");
        page.Event!.Title.Should().Be(shown);
        page.Event.Talks.Select(t => t.Title).Should().Equal("Release status", "Docs migration");
    }

    [Fact]
    public void A_recap_whose_prose_gives_the_day_and_the_place_is_the_past_event_s_page()
    {
        var page = Pages.Parse(Pages.With("title: \"示例函数计算沙龙回顾\"\ndate: 2030-10-26",
            "2030年10月26日，示例函数计算沙龙在成都市武侯区示例创业空间成功举办，一起来看看几位讲师的精彩分享吧！\n\n## 函数实践\n\n讲师介绍了他们的一线经验。\n"));

        (page.IsEvent, page.Event!.Start, page.Event.Venue).Should().Be(
            (true, new DateTimeOffset(2030, 10, 26, 0, 0, 0, TimeSpan.FromHours(8)), "成都市武侯区示例创业空间"));
    }

    [Fact]
    public void A_recap_that_gives_only_its_day_remains_an_account_of_the_event()
    {
        var page = Pages.Parse(Pages.With("title: \"示例函数计算沙龙回顾\"\ndate: 2030-10-26",
            "2030年10月26日，示例函数计算沙龙成功举办，一起来看看几位讲师的精彩分享吧！\n\n## 函数实践\n\n讲师介绍了他们的一线经验。\n"));

        page.IsEvent.Should().BeFalse();
    }
    [Theory]
    [InlineData("示例开发者 MeetUp顺利举行，贡献者激励活动礼物发放")]
    [InlineData("示例 Meetup 北京站圆满落幕")]
    public void A_post_saying_a_meetup_took_place_that_gives_no_date_and_no_talks_is_no_event(string title)
    {
        var page = Pages.Parse(Pages.With($"title: {title}\ndate: \"2030-08-10\"",
            "## 示例开发者 MeetUp\n\n近期，某云在杭州举办了[开发者 Meetup](https://example.org/a)，我们也参加了杭州站线下活动。"
            + "没有到现场的同学，可以[查看回看](https://example.org/live)。\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("no date of its own");
    }
}
