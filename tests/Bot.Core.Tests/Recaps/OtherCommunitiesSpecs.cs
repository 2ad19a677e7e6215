using Bot.Core.Recaps;
using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Page shapes of other communities, written for these specs (not copies of their pages): labels in other
/// words and places, dates the path or publish date completes, talks in other block and list shapes.</summary>
public sealed class OtherCommunitiesSpecs
{
    [Fact]
    public void A_time_label_written_as_a_heading_dates_the_event()
    {
        var page = Pages.Parse("---\ntitle: \"示例 Meetup 上海站\"\n---\n\n#### 时间：2030 年 8 月 21 日 13:30\n\n#### 地点：上海\n\n### 一个议题\n\n#### 分享嘉宾\n\n张三 / 示例公司\n", "2030-08-18-meetup.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 8, 21, 13, 30, 0, TimeSpan.FromHours(8)));
        page.Event.Venue.Should().Be("上海");
    }

    [Fact]
    public void A_date_without_a_year_takes_it_from_the_path_when_the_front_matter_has_none()
    {
        var page = Pages.Parse("---\ntitle: \"示例线上分享\"\n---\n\n### 一个议题\n\n讲师：张三\n\n12 月 26 日（周四）19:00，直播间见！\n", "blog/2030/12/16/meetup.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 12, 26, 19, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_time_under_its_own_heading_and_a_platform_section_give_start_and_live_room()
    {
        var page = Pages.Parse(Pages.With("title: \"第 53 期 示例分享\"\ndate: 2030-08-01T21:10:00+08:00\nauthor: 张三",
            "## 分享时间\n\n2030-08-01 21:00:00\n\n## 分享平台\n\n[在线直播](https://example.org/j/123)\n\n## 观看视频\n\n{{< youtube id=\"abcdefgh123\" >}}\n"));

        var e = page.Event!;
        e.Start.Should().Be(new DateTimeOffset(2030, 8, 1, 21, 0, 0, TimeSpan.FromHours(8)));
        (e.LiveUrl, e.ReplayUrl, e.Form).Should().Be(("https://example.org/j/123", "https://www.youtube.com/watch?v=abcdefgh123", EventForm.Online));
        var talk = e.Talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("示例分享", "the series prefix 第 N 期 is not the talk's title");
        talk.Speakers.Select(s => s.Name).Should().Equal("张三");
    }

    [Theory]
    [InlineData("## B站直播（随缘） / Live Streaming")]
    [InlineData("## Live Streaming (first half)")]
    [InlineData("## 直播观看（永久地址，可收藏）")]
    public void A_live_heading_in_two_languages_or_with_a_remark_in_brackets_gives_the_bare_link_under_it(string heading)
    {
        var page = Pages.Parse(Pages.With("title: \"示例编译器社区 10 月聚会\"\ndate: 2030-10-20",
            "## 活动时间\n\n2030年10月24日，10:00 - 11:30\n\n" + heading + "\n\nhttps://live.bilibili.com/10339607\n\n不需要报名，直接看。\n"));

        (page.Event!.LiveUrl, page.Event.Form).Should().Be(("https://live.bilibili.com/10339607", EventForm.Online));
    }

    [Theory]
    [InlineData("参会链接")]
    [InlineData("入会链接")]
    public void A_link_to_join_the_meeting_is_the_way_to_attend_online(string label)
    {
        var page = Pages.Parse(Pages.With("title: \"示例编译器社区广州线下聚会\"\ndate: 2030-07-20",
            "## 时间地点\n\n2030年7月23日 14:00-17:00，广州市天河区某路 1 号\n\n## 线上参与\n\n- " + label + "： https://us02web.zoom.us/j/85944440554\n- Meeting ID: 859 4444 0554\n"));

        page.Event!.LiveUrl.Should().Be("https://us02web.zoom.us/j/85944440554");
    }

    [Theory]
    [InlineData("会议 ID：721 347 905", EventForm.Online)]
    [InlineData("Meeting ID: 859 4444 0554", EventForm.Online)]
    [InlineData("会议号：稍后公布", EventForm.Unknown)]
    public void A_meeting_id_without_a_link_still_says_the_talk_is_joined_online(string line, EventForm form)
    {
        var page = Pages.Parse(Pages.With("title: \"示例编程语言讨论班 001\"\ndate: 2030-01-20",
            "## 报告信息\n\n报告时间：北京时间1月27日 18:00\n\n报告题目：当我们讨论类型的时候\n\n报告人：千里\n\n## 如何参与\n\n" + line + "\n"));

        page.Event!.Form.Should().Be(form);
    }

    [Theory]
    [InlineData("## Time and Place")]
    [InlineData("## 时间与地点")]
    [InlineData("## When and where")]
    public void A_heading_over_the_day_and_the_place_gives_the_hours_a_dated_title_leaves_out(string heading)
    {
        var page = Pages.Parse("# Example Hangzhou Meetup 2030-10-26\n\nA local meetup at last.\n\n" + heading
            + "\n\n- 2030-10-26 Saturday 14:00 - 17:00\n- Hangzhou, Example Road 1\n\n## Program\n\n- Wei Wu - Recent progress in RISC-V\n- Ning Shi - An optimising compiler\n");

        (page.Event!.Start, page.Event.End).Should().Be(
            (new DateTimeOffset(2030, 10, 26, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 26, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_session_page_published_at_its_start_is_dated_by_it_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"第 22 期 示例讨论\"\ndate: 2030-12-06T20:30:00+08:00\nauthor: 张三/李四", "## 观看视频\n\n{{< youtube id=\"abcdefgh123\" >}}\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 12, 6, 20, 30, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("start-from-publish-date");
        page.Event.Talks.Single().Speakers.Select(s => s.Name).Should().Equal("张三", "李四");
    }

    [Theory]
    [InlineData("2030-05-23T19:15+00:00", 19)]
    [InlineData("2030-05-23T19:15:00+01:00", 19)]
    [InlineData("2030-05-23T19:15:00+04:00", null)]
    public void A_publish_time_in_the_zones_winter_offset_on_a_summer_day_is_its_wall_clock_a_foreign_offset_no_schedule(string date, int? hour)
    {
        var page = RecapParser.Parse(Pages.With($"title: \"3rd Birthday Show and Tell\"\ndate: {date}\nlayout: event\ncategory: event\nvenue:\n  name: Example Lab\n  address: 45 Example Street, Brighton",
            "To celebrate, we are holding an evening of 5-minute quickfire talks.\n"), "birthday.md", new RecapParserOptions("Europe/London"));

        page.Event!.Start.Should().Be(hour is { } h ? new DateTimeOffset(2030, 5, 23, h, 15, 0, TimeSpan.FromHours(1)) : null);
    }

    [Fact]
    public void A_speaker_line_of_a_company_word_then_a_name_names_the_person_not_the_company()
    {
        var page = Pages.Parse(Pages.With("title: \"示例技术沙龙\"\nstart: 2030-04-13 13:00\naddress: 成都",
            "## 议程\n\n### 前端工程的效率之道\n\n- 分享嘉宾：星河数据 范小明\n\n### 移动端的跨平台实践\n\n- 分享嘉宾：云上 唐一\n"));

        page.Event!.Talks.Select(t => t.Speakers.Single()).Select(s => (s.Name, s.Affiliation)).Should().Equal(
            ("范小明", "星河数据"), ("唐一", "云上"));
    }

    [Fact]
    public void Talks_with_bio_labels_and_affiliation_first_speaker_lines_are_read()
    {
        var page = Pages.Parse(Pages.With("title: \"示例沙龙\"\nstart: 2030-05-25 14:00\naddress: 成都",
            "## 活动议题\n\n### 服务网格的落地实践\n\n#### 嘉宾简介\n\n**张三**，全栈工程师。\n\n### 可观测性的新进展\n\n- 分享嘉宾：示例公司 李四、王五\n"));

        page.Event!.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("服务网格的落地实践", "张三"), ("可观测性的新进展", "李四,王五"));
    }

    [Fact]
    public void Talks_listed_as_video_links_with_title_and_speaker_are_read_with_their_replays()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 meetup\"\nevent: \"示例\"\ndate: 2030-07-10T13:00:00+08:00\nlocation: 大连",
            "## 话题\n\n- [欢迎来到示例站](https://example.org/v/0)\n- [第一个议题，张三（示例公司）](https://example.org/v/1)\n- [Second topic - 李四](https://example.org/v/2)\n"));

        var talks = page.Event!.Talks;
        talks.Select(t => t.Title).Should().Equal("第一个议题", "Second topic");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("张三", "李四");
        talks[0].ReplayUrl.Should().Be("https://example.org/v/1");
    }

    [Fact]
    public void Talks_listed_as_speaker_colon_title_keep_their_decks()
    {
        var page = Pages.Parse(Pages.With("title: \"第五届示例沙龙在杭州成功举办\"\ndate: 2030-12-10",
            "分享嘉宾及主题如下：\n\n  * 张三: 如何参与开源社区 [PDF](https://example.org/a.pdf)\n  * 李四:  新特性介绍 [slides](https://example.org/b.pdf)\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        var talks = page.Event!.Talks;
        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.SlidesUrl)).Should().Equal(
            ("如何参与开源社区", "张三", "https://example.org/a.pdf"), ("新特性介绍", "李四", "https://example.org/b.pdf"));
        page.Event.Start.Should().BeNull("a recap dated only by its publish date states no time of its own");
    }

    [Fact]
    public void A_speaker_line_that_names_nobody_is_reported_with_its_line()
    {
        var page = Pages.Parse(Pages.With("title: \"示例沙龙\"\nstart: 2030-05-25 14:00\naddress: 成都",
            "### 服务网格的落地实践\n\n讲师：张三\n\n### 可观测性的新进展\n\n讲师：某某科技股份有限公司资深技术专家团队\n"));

        page.Diagnostics.Should().ContainSingle(d => d.Code == "speaker-not-understood").Which.Line.Should().Be(13);
    }

    [Fact]
    public void An_agenda_list_of_timed_lines_names_speakers_after_by_and_a_path_year_dates_it()
    {
        var page = Pages.Parse("---\ntitle: Schedule\n---\n\n## Schedule\n\nTuesday, September 26th\n\n" +
            "- 09:00 ~ 09:15 am - Welcome\n- 09:15 ~ 09:45 am - Scheduling in depth by [Jane Doe](https://example.org/jd) (Acme)\n" +
            "- 09:45 ~ 10:15 am - Multi-cluster updates: [John Roe](https://example.org/jr) (Example Cloud)\n- 10:15 ~ 10:30 am - Break\n",
            "2030-summit-schedule.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Start!.Value.Date.Should().Be(new DateTime(2030, 9, 26));
        page.Event.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Scheduling in depth", "Jane Doe"), ("Multi-cluster updates", "John Roe"));
    }

    [Fact]
    public void A_facts_list_with_a_time_is_not_read_as_talks_and_an_items_quoted_abstract_does_not_split_the_talk_list()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 周末编程自习室\"\nstart: 2030-09-07 14:00\nend: 2030-09-07 18:00",
            """
            ## 活动信息

            -   时间：2030-09-07 14:00~18:00
            -   人群：编程初学者
            -   费用：参会免费
            -   直播：https://example.org/j/1

            ## 活动内容

            1. 💡示例社区【开源松】[@alice][1]

                - https://example.org/t/1

            2. 🛠️[示例工具在开发中的使用][2] [@bob-b][3]

                > 一段引言，讲这次分享的来由。

            3. 🚀组织转型之示例方案 @alice

            4. 💻 结对编程

            [1]: https://example.org/u/alice
            [2]: https://example.org/wiki/2
            [3]: https://example.org/u/bob-b
            """));

        page.Event!.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("示例社区【开源松】", "alice"), ("示例工具在开发中的使用", "bob-b"), ("组织转型之示例方案", "alice"));
    }

    [Fact]
    public void The_word_that_joins_a_handle_to_its_subject_is_not_part_of_the_title()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Storage Meetup Beijing 1st\"\nstart: 2030-09-14 13:00\nend: 2030-09-14 17:00",
            "## Talks\n\n- [@alice](https://example.org/alice/) about Community Growth\n- [@bob-b](https://example.org/bob/) for using the library in a database\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Community Growth", "alice"), ("using the library in a database", "bob-b"));
    }

    [Fact]
    public void A_recordings_chapters_name_each_talk_with_its_speakers_name_before_their_handle()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Bot Community Meetup 2030\"\ndate: 2030-04-20T19:00:00+08:00\nlocation: 北京",
            "## Agenda\n\n- [0:08:00](https://www.youtube.com/watch?v=abcdefgh123&t=480s) Introduction & Warm-up 李卓然，@zr\n"
            + "- [0:08:15](https://www.youtube.com/watch?v=abcdefgh123&t=495s) Just 0.1% of the Python SDK 吴京生，@wj-cat\n"
            + "- [0:09:45](https://www.youtube.com/watch?v=abcdefgh123&t=585s) Discussion: Prize for the demo bot 李卓然，@zr\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Aliases.Single())).Should().Equal(
            ("Just 0.1% of the Python SDK", "吴京生", "wj-cat"), ("Discussion: Prize for the demo bot", "李卓然", "zr"));
    }

    [Fact]
    public void An_arrow_before_a_talk_title_marks_it_as_an_emoji_does_and_is_not_part_of_the_title()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 周末编程自习室\"\nstart: 2030-09-07 14:00\nend: 2030-09-07 18:00",
            "## 活动内容\n\n1. → 组织转型之示例方案 @alice\n2. 🛠️ 示例工具在开发中的使用 @bob-b\n"));

        page.Event!.Talks.Select(t => t.Title).Should().Equal("组织转型之示例方案", "示例工具在开发中的使用");
    }

    [Fact]
    public void Bold_labels_followed_by_sentences_are_descriptions_not_talks()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit 2030\"\neventDate: 2030-12-10",
            """
            ### Materials

            * **Watch Sessions:** Recordings of the day are on the project's video channel.
            * **Event Schedule:** Every session and speaker is listed on the schedule site.
            * **Slide Decks:** Speakers attached their decks to their session pages.
            """));

        page.Event!.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_workshop_page_that_lists_no_talks_is_one_session_named_by_its_title_without_the_kind_tag()
    {
        var page = Pages.Parse(Pages.With("title: 【工作坊】示例古文编程入门\nstart: 2030-01-12 13:30:00\nend: 2030-01-12 17:30:00\naddress: 成都某众创空间",
            "一起用古文写程序。\n\n> 【时间】2030 年 1 月 12 日 13:30 ~ 17:30\n\n## 序言\n\n一段很长的序言。\n"));

        page.Event!.Kind.Should().Be(EventKind.Workshop);
        page.Event.Talks.Select(t => t.Title).Should().Equal("示例古文编程入门");
    }

    [Fact]
    public void Labels_in_lenticular_brackets_give_the_time_and_the_place()
    {
        var page = Pages.Parse(Pages.With("title: \"示例用户组 11 月聚会\"", "【活动时间】2030年11月22日 13:30 - 17:00  \n【活动地点】：成都市某路 8 号  \n【参加费用】无\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        (page.Event!.Start, page.Event.End, page.Event.Venue).Should().Be((new DateTimeOffset(2030, 11, 22, 13, 30, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2030, 11, 22, 17, 0, 0, TimeSpan.FromHours(8)), "成都市某路 8 号"));
    }

    [Theory]
    [InlineData("线上参与: 活动开始前将在 https://live.example.org/party 及群内更新直播地址")]
    [InlineData("在线观看：https://live.example.org/party")]
    [InlineData("Online: https://live.example.org/party")]
    public void A_label_for_joining_online_gives_the_live_room_even_in_a_sentence(string line)
    {
        var page = Pages.Parse(Pages.With("title: \"示例俱乐部迎新会\"", "*   时间: 2030年9月27日 10:30-12:30\n*   地点: 某大学某楼地下实验室\n*   " + line + "\n"));

        (page.Event!.LiveUrl, page.Event.Form).Should().Be(("https://live.example.org/party", EventForm.Hybrid));
    }

    [Fact]
    public void A_page_named_by_its_dated_file_takes_its_day_and_hour_from_a_dated_sentence()
    {
        var page = Pages.Parse(Pages.With("label: 示例直播 | 共识算法\nlocation: 中国海南", "某大学提出了天空计算的概念，目标是打通彼此孤立的云。\n\n"
            + "本周四（2 月 2 日）晚上 8 点，某科技和某实验室合作，由某科技工程师赵佳炜讲述共识算法与元数据管理。\n\n直播地址：https://live.example.org/1\n"),
            "blog/2030-01-30-live-broadcast.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 2, 2, 20, 0, 0, TimeSpan.FromHours(8)), "the file's date is only when the post went up");
    }

    [Theory]
    [InlineData("- 开始时间：2030-12-27 13:00\n- 结束时间：2030-12-27 18:00\n")]
    [InlineData("- 开始时间：\t2030-12-27 13:00\n- 结束时间：\t18:00\n")]
    public void An_end_time_label_closes_the_range_the_start_time_label_opened(string labels)
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Meetup 第 3 期\"", labels + "- 地点：杭州某路 1 号\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 12, 27, 13, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 12, 27, 18, 0, 0, TimeSpan.FromHours(8))));
    }
}
