using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>The shapes the general layouts read that once had a layout of their own, written in general terms.</summary>
public sealed class GeneralShapeSpecs
{
    [Fact]
    public void A_timed_heading_takes_its_speakers_from_the_plain_paragraph_under_it_whatever_the_notation()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 议程

            ### 14:00-14:40 调度器的一次重写

            阿木 某司 技术专家

            ### 14:40-15:20 网格里的流量

            王五，某司架构师 、某项目维护者
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写", "网格里的流量");
        TalkFixture.Names(talks[0]).Should().Equal("阿木");
        TalkFixture.Names(talks[1]).Should().Equal("王五");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 0), new TimeOnly(14, 40)));
    }

    [Fact]
    public void A_block_headed_by_a_short_name_takes_the_whole_title_its_paragraph_quotes()
    {
        var talks = Pages.Parse(Pages.With("title: \"示例 Meetup 北京站\"\ndate: 2030-08-03",
            "示例 Meetup 北京站于 2030 年 7 月 29 日在某空间举办。\n\n**ExampleBase**\n\n来自某司的专家分享了《**ExampleBase：企业级数据库的开源之路**》，介绍了发展历程。\n\n"
            + "演讲嘉宾：杨传辉\n\n**商业模式探讨**\n\n龚仪先生通过线上直播分享了《开源软件悖论：开源数据库商业模式探讨》，也推荐了《某本书》。\n\n演讲嘉宾：龚仪\n\n"
            + "**ExampleDB**\n\n李志昂介绍了 ExampleDB 的新版本，并回顾了《数据库发展史》。\n\n演讲嘉宾：李志昂\n")).Event!.Talks;

        talks.Select(t => t.Title).Should().Equal("ExampleBase：企业级数据库的开源之路", "开源软件悖论：开源数据库商业模式探讨", "ExampleDB");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("杨传辉", "龚仪", "李志昂");
    }

    [Fact]
    public void A_paragraph_whose_every_line_opens_with_a_later_hour_is_a_timetable_of_talks_by_title()
    {
        var (talks, _) = TalkFixture.Extract("The talks given on the day will be:-\n\n10:30:- What is an Arduino  \n11:00:- The Arduino IDE  \n"
            + "11:30:- Writing an Arduino Program (Sketch)  \n12:30:- Lunch\n");

        talks.Select(t => t.Title).Should().Equal("What is an Arduino", "The Arduino IDE", "Writing an Arduino Program (Sketch)");
        talks[1].Slot.Should().Be(new TimeSlot(new TimeOnly(11, 0), null));
    }

    [Theory]
    [InlineData("At 10:30 we open the doors.  \nAt 9:00 the caretaker arrives.  \nSee you there.")]
    [InlineData("10:30 What is an Arduino  \n9:00 The Arduino IDE")]
    public void Lines_whose_hours_do_not_run_forward_are_no_timetable(string paragraph)
    {
        var (talks, _) = TalkFixture.Extract(paragraph + "\n");

        talks.Should().BeEmpty();
    }

    [Fact]
    public void A_list_of_titles_each_with_its_speaker_and_role_in_brackets_gives_the_talks_and_the_deck_on_the_next_line()
    {
        var talks = Pages.Parse(Pages.With("title: \"Talks – Sep, 2030\"\ndate: 2030-09-21", "The 3 talks that happened were -\n\n"
            + "-  Design patterns 101 (Ritesh - Software Engineer at Cyware)\nSlides for Ritesh's talk can be found [here](https://example.org/deck-1)\n\n"
            + "-  Distributed architectures (Jane Doe, Example Corp)\n\n-  服务网格实践（张三，某公司）\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation, t.SlidesUrl)).Should().Equal(
            ("Design patterns 101", "Ritesh", "Software Engineer at Cyware", "https://example.org/deck-1"),
            ("Distributed architectures", "Jane Doe", "Example Corp", null), ("服务网格实践", "张三", "某公司", null));
    }

    [Fact]
    public void A_list_of_titles_each_ending_with_a_chinese_name_after_a_comma_gives_the_talks_and_a_speaker_to_come_gives_none()
    {
        var talks = Pages.Parse(Pages.With("title: 社区交流会\ndate: 2030-07-20", "**活动时间**：7 月 27 日下午 2:00\n\n**演讲主题**\n\n"
            + "- 音乐播放器的开发故事，侯少辉\n- 桌面环境介绍, 夏彬\n- 我与学生团队，嘉宾待定\n")).Event!.Talks;

        talks.Select(t => (t.Title, string.Join("/", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("音乐播放器的开发故事", "侯少辉"), ("桌面环境介绍", "夏彬"), ("我与学生团队", ""));
    }

    [Fact]
    public void Bullets_ending_with_a_comma_and_a_word_that_is_no_name_make_no_talks()
    {
        var page = Pages.Parse(Pages.With("title: 社区交流会\ndate: 2030-07-20", "**活动时间**：7 月 27 日下午 2:00\n\n"
            + "- 门票免费，欢迎参加\n- 现场提供饮料，茶点\n- 活动结束后合影，交流\n"));

        page.Event!.Talks.Should().BeEmpty();
    }

    [Fact]
    public void Speaker_first_headings_give_their_trailing_slides_and_video_links_to_the_talk_not_to_its_title()
    {
        var talks = Pages.Parse(Pages.With("title: \"Gathering #52\"\ndate: 2030-07-20", "* 時間: 2030/08/02(Sun) 10:00 ~ 16:00\n\n## 主題\n\n"
            + "### Jane Doe -- net & http & timeout [[slides](https://example.org/a)] [[video](https://video.example.org/a)]\n\nAbout timeouts.\n\n"
            + "### kakashi-- 從零開始貢獻 open source [[slides](https://example.org/b)]\n\nAbout contributing.\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.SlidesUrl, t.ReplayUrl)).Should().Equal(
            ("net & http & timeout", "Jane Doe", "https://example.org/a", "https://video.example.org/a"),
            ("從零開始貢獻 open source", "kakashi", "https://example.org/b", (string?)null));
    }

    [Fact]
    public void A_list_of_the_events_facts_still_gives_the_talks_it_names_with_quoted_titles_even_by_a_one_word_handle()
    {
        var page = Pages.Parse(Pages.With("title: 软件自由日活动\ndate: 2030-09-17", "- 时间： 9 月 20 号，周六，下午 2:00 - 5:00\n- 地点：某大学 逸夫楼 303\n"
            + "- 费用：免费\n- 主题演讲：\n- Joey Chan：《全新的体验——手机上的系统》\n- LTaoist：《一个十八年的系统 - 基于 firebird 的分析》\n- 自由交流、讨论\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("全新的体验——手机上的系统", "Joey Chan"), ("一个十八年的系统 - 基于 firebird 的分析", "LTaoist"));
    }

    [Fact]
    public void An_outline_of_sentences_each_with_its_speaker_in_brackets_gives_titles_without_their_full_stop()
    {
        var talks = Pages.Parse(Pages.With("title: \"Software at the lab\"\ndate: 2030-12-14", "The outline:\n\n"
            + "1. A small introduction to the lab, its groups and services (TECH, STAFF). (Chris Roe)\n"
            + "2. The development process which is followed on the applications. (Stathis Doe)\n3. Moving to Plan B. (Anna Lee)\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("A small introduction to the lab, its groups and services (TECH, STAFF)", "Chris Roe"),
            ("The development process which is followed on the applications", "Stathis Doe"), ("Moving to Plan B.", "Anna Lee"));
    }

    [Fact]
    public void A_bold_title_with_a_first_name_in_brackets_is_a_talk_by_that_person()
    {
        var talks = Pages.Parse(Pages.With("title: \"Meetup: June 2030\"\ndate: 2030-06-17", "The following talks will be presented:\n\n"
            + "* **Python and Excel Integration Using PyXll** (Tobie)\n* **Introduction to MongoDB in Python** (Walter)\n* *More to follow... probably.*\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Python and Excel Integration Using PyXll", "Tobie"), ("Introduction to MongoDB in Python", "Walter"));
    }

    [Fact]
    public void Bracketed_notes_after_list_items_that_name_no_one_make_no_talks()
    {
        var page = Pages.Parse(Pages.With("title: \"Meetup – Sep, 2030\"\ndate: 2030-09-21", "Venue: Example Hall\n\n- Pizza and drinks (Sponsored)\n- Lightning talks (Online)\n- Python 3.12 news (released in October)\n"));

        page.Event!.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_numbered_heading_with_a_doubled_colon_gives_the_title_without_it()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 议题一：调度器的一次重写

            **讲师：** 阿木，某司技术专家

            ### 议题二：：网格里的流量

            **讲师：** 王五，某司架构师
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写", "网格里的流量");
        TalkFixture.Names(talks[1]).Should().Equal("王五");
    }

    [Fact]
    public void A_linked_title_followed_by_a_sentence_names_the_speaker_the_sentence_names_before_its_verb()
    {
        var (talks, _) = TalkFixture.Extract("""
            以下是一些特色演讲：

            - [示例队列在某云上的运行（普通话）](https://example.org/s/2) - 在这次演讲中，某云高级工程师 Lin Lin 将介绍示例队列如何应对扩缩容。
            - [事务事件流处理](https://example.org/s/3) - 在这次演讲中，某司软件工程师王小明将分享事务如何工作。
            - [示例项目的路线图](https://example.org/s/4) - 这次演讲介绍示例项目接下来一年的计划。
            """);

        talks.Select(t => t.Title).Should().Equal("示例队列在某云上的运行（普通话）", "事务事件流处理");
        TalkFixture.Names(talks[0]).Should().Equal("Lin Lin");
        TalkFixture.Names(talks[1]).Should().Equal("王小明");
        talks[0].ReplayUrl.Should().BeNull("the link is the session's page, not its video");
    }

    [Theory]
    [InlineData("<!--more-->")]
    [InlineData("<!--truncate-->")]
    public void A_list_of_talks_parted_by_a_blogs_summary_mark_is_one_programme(string mark)
    {
        var (talks, _) = TalkFixture.Extract($"""
            以下是一些特色演讲：
            - 张三：调度器的一次重写

            {mark}

            - 李四：网格里的流量
            - 王五：日志的压缩
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写", "网格里的流量", "日志的压缩");
    }

    [Fact]
    public void A_list_of_the_events_place_and_travel_facts_gives_no_talks()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 地址和交通
            - 地址: 示例市景山路 8 号 示例软件大厦
            - 会场: 15 层 瑜珈厅
            - 交通: 示例酒店对面, 银行隔壁
            """);

        talks.Should().NotContain(t => t.Title.Contains("瑜珈厅") || t.Title.Contains("银行"));
    }

    [Fact]
    public void A_list_of_clock_times_and_titles_is_a_programme_whose_spaced_off_people_are_speakers()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 议程

            - 10:00 开始签到
            - 11:00 用脚本语言开发移动应用 (远程分享)
            - 11:20 复制粘贴的原理   赵变芹 示例公司 内核组
            - 12:00 午餐+合影/社交时间
            - 14:00 版本管理在示例平台
            - 14:45 休息
            - 14:55 美颜背后的秘密   王莹WPS 内核组
            """);

        talks.Select(t => t.Title).Should().Equal("用脚本语言开发移动应用 (远程分享)", "复制粘贴的原理", "版本管理在示例平台", "美颜背后的秘密");
        talks[0].Speakers.Should().BeEmpty();
        TalkFixture.Names(talks[1]).Should().Equal("赵变芹");
        TalkFixture.Names(talks[3]).Should().Equal("王莹");
        talks[2].Slot!.Start.Should().Be(new TimeOnly(14, 0));
    }

    [Fact]
    public void A_list_of_clock_times_and_titles_that_names_nobody_is_still_a_programme()
    {
        var (talks, _) = TalkFixture.Extract("""
            - 13:30 开场
            - 14:00 调度器的一次重写
            - 14:40 网格里的流量
            - 15:20 日志的压缩
            """);

        talks.Select(t => t.Title).Should().Equal("开场", "调度器的一次重写", "网格里的流量", "日志的压缩");
    }

    [Theory]
    [InlineData("- 14:00 调度器的一次重写\n- 13:00 网格里的流量\n- 12:00 日志的压缩\n")]
    [InlineData("- 14:00 调度器的一次重写\n- 15:00 网格里的流量\n")]
    public void Clock_times_out_of_order_or_fewer_than_three_make_no_programme(string list)
    {
        TalkFixture.Extract(list).Talks.Should().NotContain(t => t.Title.Contains("网格"));
    }

    [Fact]
    public void A_title_copied_with_encoded_spaces_reads_with_spaces()
    {
        var (talks, _) = TalkFixture.Extract("""
            - 季敏《示例框架的过去、现在和未来》 [slides](https://example.org/a.pdf)
            - 陈鹏志《示例框架%20在两轮车业务的实践》 [slides](https://example.org/b%20c.pdf)
            """);

        talks.Select(t => t.Title).Should().Equal("示例框架的过去、现在和未来", "示例框架 在两轮车业务的实践");
        talks[1].SlidesUrl.Should().Be("https://example.org/b%20c.pdf");
    }

    [Fact]
    public void A_table_without_a_speaker_column_names_the_speakers_after_by_in_the_title_cell()
    {
        var (talks, _) = TalkFixture.Extract("""
            | # | Talk |
            |---|---|
            | 1 | **Scaling Postgres with logical replication** by [Jane Doe](https://example.org/jane) |
            | 2 | **Observability for tiny teams** by Max Mustermann & Erika Muster |
            | 3 | **Written by hand: notes on parsers** |
            """);

        talks.Select(t => t.Title).Should().Equal("Scaling Postgres with logical replication", "Observability for tiny teams", "Written by hand: notes on parsers");
        TalkFixture.Names(talks[0]).Should().Equal("Jane Doe");
        TalkFixture.Names(talks[1]).Should().Equal("Max Mustermann", "Erika Muster");
        talks[2].Speakers.Should().BeEmpty();
    }

    [Fact]
    public void A_numbered_items_second_paragraph_names_the_speaker_of_the_title_in_its_first()
    {
        var (talks, _) = TalkFixture.Extract("""
            **精彩议题**

            1. 示例运行时：大数据运行时的框架解析

               演讲嘉宾：罗旦 | 示例社区 开发工程师

            2. 存算统一，消除冗余，提升时效：某司提升数据支撑效率的实践

               演讲嘉宾：齐展锋 | 某司云平台部开发工程师
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "示例运行时：大数据运行时的框架解析|罗旦", "存算统一，消除冗余，提升时效：某司提升数据支撑效率的实践|齐展锋");
    }

    [Fact]
    public void An_english_bio_under_a_heading_title_that_opens_with_a_name_and_a_comma_names_the_speaker_and_its_deck_link_the_slides()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 1. Example Tech Deep Dive - Streaming and Plugins
            -Yang Li, Sr. Architect of Example, PMC member, introduced the design of the plugin architecture.
            [Slides](https://slides.example.org/deep-dive)

            ## 2. How the engine helps analyse web data
            -Naiqin Wu, Sr. PM of Example Classifieds, described the difficulties they met.

            ## 3. Finally, thanks
            In short, thanks to everyone who came.
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "Example Tech Deep Dive - Streaming and Plugins|Yang Li", "How the engine helps analyse web data|Naiqin Wu");
        talks[0].SlidesUrl.Should().Be("https://slides.example.org/deep-dive");
    }

    [Fact]
    public void A_list_of_linked_titles_each_by_its_speaker_and_then_a_description_names_each_talk_and_its_recording()
    {
        var (talks, _) = TalkFixture.Extract("""
            All the talks were recorded:

              - [Launching into Go](https://vimeo.com/115728346) _by Kathy Example_ -
                a contributor gives pointers for people getting started.
              - [Error Handling](https://vimeo.com/115782573) _by_ [_Bill Sample_](https://social.example.org/bill) -
                ideas on how to use the error interface.
              - [Seven common mistakes](https://talks.example.org/7) _by_
                [_Steve Demo_](https://social.example.org/steve) - the author of some popular
                libraries shares his experience.
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "Launching into Go|Kathy Example", "Error Handling|Bill Sample", "Seven common mistakes|Steve Demo");
        talks.Select(t => t.ReplayUrl).Should().Equal("https://vimeo.com/115728346", "https://vimeo.com/115782573", null);
    }

    [Fact]
    public void A_bold_title_holding_a_link_then_by_and_its_people_is_a_talk_beside_a_break()
    {
        var (talks, _) = TalkFixture.Extract("""
            #### Schedule:
            * **[SKF](https://project.example.org/skf) news** by Riccardo ten Cate and Glenn ten Cate
            * Break
            * **[Integration Standards](https://project.example.org/is) update** by Rob van der Veer
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "SKF news|Riccardo ten Cate,Glenn ten Cate", "Integration Standards update|Rob van der Veer");
    }

    [Fact]
    public void English_abstract_and_bio_headings_under_a_heading_title_keep_it_open_and_the_bio_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            #### A story on scaling threat modeling across many teams
            ##### Abstract:
            This talk is not about what threat modelling is. It is about doing it at scale.
            ##### Bio:
            Jane k. Example is a Security Consultant at Example Bank and leads its threat modelling.
            #### Gamification of Threat Modelling
            ##### Abstract:
            The talk is all about security architecture as part of planning.
            ##### Bio:
            Grant Sample is a firm believer in security enabling delivery.
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "A story on scaling threat modeling across many teams|Jane k. Example", "Gamification of Threat Modelling|Grant Sample");
    }

    [Fact]
    public void A_heading_that_ends_with_its_presenters_after_an_at_sign_names_them()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 议程 1 ：示例框架项目介绍 @Yin Xuran
            1. **项目地址：** https://git.example.org/framework
            2. **项目背景：** 之前内部使用的框架存在一些问题。

            ### 议程 2 ：Swagger & JWT Middleware @bodhisatan
            1. 贡献了两个插件。

            ### 议程 3 ：社区页面介绍 @Skyenought @yiyun
            新页面已经上线。
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "示例框架项目介绍|Yin Xuran", "Swagger & JWT Middleware|bodhisatan", "社区页面介绍|Skyenought,yiyun");
    }

    [Fact]
    public void A_timed_title_whose_paragraph_names_the_host_is_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 14:00-14:10 圆桌预热

            小助手 主持人

            ### 14:10-15:00 调度器的一次重写

            阿木 某司 技术专家
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写");
    }

    [Fact]
    public void A_timed_title_naming_nobody_stays_a_talk_where_the_other_slots_name_their_speakers()
    {
        var (talks, _) = TalkFixture.Extract("""
            **9:00 - 9:20 Opening of the day**

            **9:20 - 10:10 Build services fast by Jane Doe**

            A hands-on lab.
            """);

        talks.Select(t => t.Title).Should().Equal("Opening of the day", "Build services fast");
        talks[0].Speakers.Should().BeEmpty();
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(9, 0), new TimeOnly(9, 20)));
        TalkFixture.Names(talks[1]).Should().Equal("Jane Doe");
    }

    [Fact]
    public void A_heading_that_is_only_a_time_range_opens_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 12:40 - 13:00

            - 签到

            ### 13:00 - 13:40 调度器的一次重写

            - 分享嘉宾：某司 阿木
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写");
    }

    [Fact]
    public void A_paragraph_of_a_time_slot_and_a_bracketed_title_opens_a_block_whose_bio_line_gives_the_real_name()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 议题详解

            13:30-14:15《网关的思考》

            - 讲师：阿岛 某司 高级技术专家
            - 讲师介绍：靳某某（花名阿岛），一直做网关。

            14:15-15:00《调度的实践》

            - 讲师：付某 某司 技术专家
            """);

        talks.Select(t => t.Title).Should().Equal("网关的思考", "调度的实践");
        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "靳某某", Aliases = new[] { "阿岛" } });
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(13, 30), new TimeOnly(14, 15)));
    }

    [Fact]
    public void A_panel_names_its_moderator_first_then_the_guests_bulleted_under_its_guest_label()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 圆桌：落地的务实

            - 主持人：鲁某 某司负责人
            - 嘉宾：
              - 涵某 某司专家
              - 张某某 某云架构师

            ### 调度的实践

            - 讲师：付某 某司 技术专家
            """);

        TalkFixture.Names(talks[0]).Should().Equal("鲁某", "涵某", "张某某");
    }

    [Fact]
    public void A_moderator_bullet_under_a_timed_title_is_a_panel_not_a_host_slot()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 15:20-16:00 圆桌：落地的务实

            - 主持人：鲁某 某司负责人
            - 嘉宾：
              - 涵某 某司专家
            """);

        talks.Should().ContainSingle().Which.Title.Should().Be("圆桌：落地的务实");
        TalkFixture.Names(talks[0]).Should().Equal("鲁某", "涵某");
    }

    [Fact]
    public void A_block_with_its_own_deck_link_is_a_talk_even_when_it_names_nobody_and_reads_as_a_welcome()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 一、社区周年致辞

            [点击下载资料](https://example.org/welcome.pdf)

            ### 二、服务发现的实践

            讲师：李某东，某集团技术专家

            [点击下载资料](https://example.org/naming.pdf)
            """);

        talks.Select(t => t.Title).Should().Equal("社区周年致辞", "服务发现的实践");
        talks[0].Speakers.Should().BeEmpty();
        talks[0].SlidesUrl.Should().Be("https://example.org/welcome.pdf");
        talks[1].SlidesUrl.Should().Be("https://example.org/naming.pdf");
    }

    [Fact]
    public void The_talk_blocks_below_an_agenda_table_that_names_speakers_give_their_real_names()
    {
        var (talks, _) = TalkFixture.Extract("""
            | 时间 | 议题 | 讲师 |
            | --- | --- | --- |
            | 13:30-14:15 | 网关的思考 | 阿岛 |

            ### 网关的思考

            讲师：阿岛 某司 高级技术专家

            讲师介绍：靳某某（花名阿岛），一直做网关。
            """);

        talks.Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "靳某某", Aliases = new[] { "阿岛" } });
    }

    [Fact]
    public void A_panels_moderator_and_panelists_are_its_speakers_moderator_first()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### Running Cilium in production

            Speaker: Daniel Tan, Shopee

            ### Panel: Highlights from KubeCon NA

            Moderator: Alice Wong (CNCF)

            Panelists: Priya Raman, Daniel Tan
            """);

        talks.Select(t => t.Title).Should().Equal("Running Cilium in production", "Panel: Highlights from KubeCon NA");
        TalkFixture.Names(talks[1]).Should().Equal("Alice Wong", "Priya Raman", "Daniel Tan");
    }

    [Fact]
    public void A_deck_link_inside_a_talks_block_is_that_talks_whatever_its_text()
    {
        var page = Pages.Parse(Pages.With("title: \"KubeCon Recap Meetup\"\ndate: 2030-11-30", """
            Date: 2030-12-10

            ### What's new in Kubernetes 1.35
            Speaker: Priya Raman (Grab)

            Slides: [PDF](https://example.org/k8s.pdf)

            ### Running Cilium in production
            Speaker: Daniel Tan, Shopee

            ### Panel: Highlights from KubeCon NA
            Panelists: Priya Raman, Daniel Tan, Wei Ling Goh (Sea)
            """));

        page.Event!.Talks.Select(t => t.SlidesUrl).Should().Equal("https://example.org/k8s.pdf", null, null);
    }

    [Fact]
    public void A_bare_deck_url_under_one_talks_title_is_that_talks_and_one_after_the_last_talk_stays_the_events()
    {
        const string talks = "### 议题 1：多集群管理的实践\n\n**讲师**：蒋涛，某科技 云平台负责人\n\n{0}"
            + "### 议题 2：可观测性平台的建设\n\n**讲师**：邹琳，某电商 SRE\n\n{1}";
        const string deck = "**PPT 下载**：https://example.org/slides/deck.pdf\n\n";

        var inside = Pages.Parse(Pages.With("title: \"示例 Meetup 杭州站\"\ndate: 2030-11-30", "时间：2030 年 12 月 19 日 13:00-18:00\n\n" + string.Format(talks, deck, ""))).Event!;
        var after = Pages.Parse(Pages.With("title: \"示例 Meetup 杭州站\"\ndate: 2030-11-30", "时间：2030 年 12 月 19 日 13:00-18:00\n\n" + string.Format(talks, "", deck))).Event!;

        inside.Talks.Select(t => t.SlidesUrl).Should().Equal("https://example.org/slides/deck.pdf", null);
        (after.Talks.Select(t => t.SlidesUrl), after.SlidesUrl).Should().BeEquivalentTo((new string?[] { null, null }, "https://example.org/slides/deck.pdf"));
    }

    [Fact]
    public void Lines_opening_with_a_typed_bullet_are_a_list_and_keep_their_line_numbers()
    {
        var page = Pages.Parse(Pages.With("title: Meetup November 2030\ndate: 2030-11-20",
            "When: 29 November 2030\n\nThe following talks will be presented:\n\n•  Tour of Example Hub (Sam Example)\n\n● Rapid Intro to Flask (Adam Example)\n\n"
            + "• General Intro to Nim (Hussain Example)\n\nThanks to 汤姆•李 for the room.\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Tour of Example Hub", "Sam Example"), ("Rapid Intro to Flask", "Adam Example"), ("General Intro to Nim", "Hussain Example"));
        page.Diagnostics.Should().ContainSingle(d => d.Code == "no-clock-time").Which.Line.Should().Be(6);
    }
}
