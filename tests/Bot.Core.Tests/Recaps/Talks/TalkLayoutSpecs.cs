using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class TalkLayoutSpecs
{
    [Fact]
    public void An_agenda_table_gives_talks_without_sign_in_and_breaks_and_flags_an_impossible_slot()
    {
        var (talks, diagnostics) = TalkFixture.Extract("""
            ## 议程

            | 时间 | 环节（分享主题） | 分享嘉宾 |
            | --- | --- | --- |
            | 9:00-9:30 | 签到 |  |
            | 9:30-10:10 | 《云上的调度器》 | 张三（阿山），某云技术专家；李四（阿思），某云工程师 |
            | 10:10-10:20 | 茶歇 |  |
            | 14:50-13:10 | 《网格里的流量》 | 王五 某司 架构师 |
            | 16:00-16:30 | 庆祝一周年环节 |  |
            """);

        talks.Select(t => t.Title).Should().Equal("云上的调度器", "网格里的流量");
        TalkFixture.Names(talks[0]).Should().Equal("张三", "李四");
        talks[0].Speakers[0].Aliases.Should().Equal("阿山");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(9, 30), new TimeOnly(10, 10)));
        talks[1].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 50), null), "the start is kept, the impossible end dropped");
        diagnostics.Items.Should().ContainSingle(d => d.Code == "talk-slot-impossible" && d.Line == 13);
    }

    [Fact]
    public void An_activity_column_that_names_each_speaker_before_the_title_gives_the_talks_and_drops_the_rows_naming_no_one()
    {
        var (talks, _) = TalkFixture.Extract("""
            | Time  | Activity |
            | ----- | -------- |
            | 18:00 | Doors open |
            | 18:25 | Welcome + **Example** sponsor talk |
            | 19:00 | [Dana Example](https://example.org/dana) - pytest for network device testing |
            | 19:15 | Break + Pizza |
            | 20:00 | Marco Example / Chris Sample - Beyond the CLI |
            | 20:30 | **Bart Example**: Digital twins in minutes [Level 200] |
            | 22:00 | Venue closing |
            """);

        talks.Select(t => (t.Title, string.Join(", ", t.Speakers.Select(p => p.Name)), t.Slot!.Start.Hour)).Should().Equal(
            ("pytest for network device testing", "Dana Example", 19), ("Beyond the CLI", "Marco Example, Chris Sample", 20),
            ("Digital twins in minutes [Level 200]", "Bart Example", 20));
    }

    [Fact]
    public void An_agenda_column_whose_cells_end_with_the_speakers_and_employer_in_brackets_gives_the_talks()
    {
        var (talks, _) = TalkFixture.Extract("""
            | Time     | Agenda |
            | -------- | ------ |
            | 01:00 PM | Lunch and Snacks |
            | 01:30 PM | The Next Evolution of WebAssembly (Sohan Example, Fermyon) |
            | 02:00 PM | Green Engineering: Environment first (Rajdeep Example, Lenskart) |
            | 02:30 PM | A Development Platform on Kubernetes (Ramiro Example & Arsh Sample, Okteto) |
            | 03:00 PM | Marketplace (Who's Hiring) |
            """);

        talks.Select(t => (t.Title, string.Join(", ", t.Speakers.Select(p => p.Name)))).Should().Equal(
            ("The Next Evolution of WebAssembly", "Sohan Example"), ("Green Engineering: Environment first", "Rajdeep Example"),
            ("A Development Platform on Kubernetes", "Ramiro Example, Arsh Sample"));
        talks[2].Speakers.Select(p => p.Affiliation).Should().Equal("Okteto", "Okteto");
    }

    [Fact]
    public void A_bold_line_under_a_talk_heading_that_sets_the_company_off_with_a_dash_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## Talks

            ### Build a Node.js Application with Elasticsearch

            **Trent Example - [Full Scale 180](https://example.org/fs)**

            Elasticsearch is a popular search engine.

            ### Building a Messaging Service

            **Joseph Example – Bayes Analytic LLC**

            Messaging is hard.
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers[0].Affiliation)).Should().Equal(
            ("Build a Node.js Application with Elasticsearch", "Trent Example", "Full Scale 180"), ("Building a Messaging Service", "Joseph Example", "Bayes Analytic LLC"));
    }

    [Fact]
    public void A_paragraph_under_a_talk_heading_that_opens_with_a_person_and_a_verb_of_speaking_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            # October Meetup

            Jane Example gave a summary of the evening for everyone.

            ### Talks

            #### Rails v Django
            [Stephen McCullough](https://example.org/s) gave a talk on [Django](https://example.org/d) v [Rails](https://example.org/r) a non troll talk.

            #### Extending Python with Rust
            [Chris Sample](https://example.org/c) will be presenting a talk on "Extending Python with Rust".

            #### Maintainers track
            [Project Maintainers talks - Project Update](https://example.org/video)
            """);

        talks.Select(t => (t.Title, string.Join(", ", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Rails v Django", "Stephen McCullough"), ("Extending Python with Rust", "Chris Sample"));
    }

    [Fact]
    public void A_talk_video_embedded_under_each_item_does_not_part_the_list()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## Keynotes

            * Jane Example - Why our products need our empathy

            <iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe>

            * John Sample - Robots for football

            <iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/def" allowfullscreen></iframe>

            ## Impressions

            <div class="photos"></div>
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Why our products need our empathy", "Jane Example"), ("Robots for football", "John Sample"));
    }

    [Fact]
    public void An_italic_line_under_a_bold_title_that_sets_the_role_off_with_a_dash_names_the_speaker_and_wins_over_a_timed_list_without_names()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## Agenda

            * **6:30pm - 7:00pm**: Doors open, hang out with your fellow developers. Grab
              some snacks and beverages.

            * **7:00pm - 8:10pm**: Learn how to test your apps and when
              to apply mocks!

            ## Talks

            **Testing apps with third-party APIs**

            _Jane Example (https://twitter.com/jane) - CEO, Example Labs (https://labs.example/)_

            In this talk we look at strategies for mocking services.

            **Mock driven development**

            _John Sample - Node.js Engineer, Example Corp_

            We explain the testing philosophy.
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers[0].Affiliation)).Should().Equal(
            ("Testing apps with third-party APIs", "Jane Example", "CEO, Example Labs"), ("Mock driven development", "John Sample", "Node.js Engineer, Example Corp"));
    }

    [Fact]
    public void A_bio_below_a_talks_abstract_that_opens_with_a_person_and_their_trade_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            BEGINNER TALK

            ### Intro to Cassandra (And Connecting With Ruby)

            Apache Cassandra is a popular open source database for big data.

            This talk will give a high-level introduction to Cassandra.

            Tyler Example is an engineer at DataStax, the company behind Apache Cassandra.

            ADVANCED TALK

            ### Cassandra at Gowalla: A Retrospective

            Gowalla needed to store quickly growing data.

            Adam Sample is a software developer who works at Gowalla.
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Intro to Cassandra (And Connecting With Ruby)", "Tyler Example"), ("Cassandra at Gowalla: A Retrospective", "Adam Sample"));
    }

    [Fact]
    public void A_handle_column_names_each_talks_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            |Handle|Topic|Duration|
            |---|---|---|
            | @example | Exploring conditional compilation | 10min |
            | Trent (@sample) | Building a serverless platform | 10min |
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Exploring conditional compilation", "@example"), ("Building a serverless platform", "Trent"));
        talks[1].Speakers[0].Aliases.Should().Equal("@sample");
    }

    [Fact]
    public void An_agenda_tables_slides_and_video_columns_give_each_talk_its_deck_and_recording()
    {
        var (talks, _) = TalkFixture.Extract("""
            | Time | Title | Presenter | Slides | Video |
            | ---: | :--- | :--- | :--- | :--- |
            | 1:30PM | _Break_ | | | |
            | 1:40PM | **Overview and latest developments** | Jane Doe | [pdf](https://example.org/a.pdf) | [watch](https://video.example.org/a) |
            | 2:10PM | **Taking flight with analytics** | John Roe | | [watch](https://video.example.org/b) |
            """);

        talks.Select(t => (t.Title, t.SlidesUrl, t.ReplayUrl)).Should().Equal(
            ("Overview and latest developments", "https://example.org/a.pdf", "https://video.example.org/a"),
            ("Taking flight with analytics", (string?)null, "https://video.example.org/b"));
    }

    [Fact]
    public void An_agenda_tables_name_column_is_its_title_and_its_speaker_cells_drop_the_job_before_or_after_the_name()
    {
        var (talks, _) = TalkFixture.Extract("""
            | 讲座名称 | 演讲人 | 开始时间 | 讲座时间 |
            | --- | --- | --- | --- |
            | 云上的调度器 | 张三 某云最有价值专家 | 09:50 | 45min |
            | Start with the mesh | 开发者关系项目经理 李四 | 14:00 | 30min |
            """);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("云上的调度器", "张三"), ("Start with the mesh", "李四"));
        talks[0].Slot!.Start.Should().Be(new TimeOnly(9, 50));
    }

    [Fact]
    public void A_speaker_label_alone_on_its_line_takes_the_person_from_the_paragraphs_next_line_not_the_label_below()
    {
        var (talks, _) = TalkFixture.Extract("**Presentations**\n\n**Topic: Getting Started with Feature Engineering**\n\n**Speaker:**  \n"
            + "Maryana Hermawan, Software Engineer, PayPal  \nLinkedIn: [profile](https://www.linkedin.com/in/example/)\n\n**Description**  \n"
            + "Curious about how models predict?\n");

        talks.Should().ContainSingle().Which.Speakers.Select(s => (s.Name, s.Affiliation)).Should().Equal(("Maryana Hermawan", "Software Engineer, PayPal"));
    }

    [Fact]
    public void A_raw_html_table_with_an_unclosed_cell_still_gives_its_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            - 活动主题：SOFAChannel#9——频道里的一次分享

            ## 议程

            <table>
            <tr>
            <th colspan=2 >SOFAChannel#9 《频道里的一次分享》</th>
            <tr>
            <td>19:00-20:00	</td>
            <td>
            <b>《频道里的一次分享》</b>
            赵六 花名小六（某司技术专家）</tr>
            </table>
            """, EventKind.LiveStream);

        talks.Should().ContainSingle().Which.Title.Should().Be("频道里的一次分享");
        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "赵六", Aliases = new[] { "小六" } });
        talks[0].Slot!.Start.Should().Be(new TimeOnly(19, 0));
    }

    [Fact]
    public void Timed_headings_skip_the_host_slot_and_the_theme_wins_over_a_copied_heading()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 概要

            - 活动主题：SOFAChannel#12：这一期真正的题目

            ## 议程

            ### 19:00-19:05  主持人开场

            SOFAGirl 主持人

            ### 19:05-20:00  上一期的题目

            阿木 某司 技术专家
            """, EventKind.LiveStream);

        talks.Should().ContainSingle().Which.Title.Should().Be("这一期真正的题目");
        TalkFixture.Names(talks[0]).Should().Equal("阿木");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(19, 5), new TimeOnly(20, 0)));
    }

    [Fact]
    public void A_one_talk_page_with_a_guest_list_takes_its_slot_from_the_timed_title_that_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 概要

            - 活动主题：SOFAChannel#12：这一期真正的题目

            ## 嘉宾

            - 阿木
            - 某司技术专家

            ## 议程

            ### 18:50-19:00  社区近况

            SOFAGirl 主持人

            ### 19:00-19:50  这一期的题目

            阿木，某司技术专家
            """, EventKind.LiveStream);

        talks.Should().ContainSingle().Which.Title.Should().Be("这一期真正的题目");
        TalkFixture.Names(talks[0]).Should().Equal("阿木");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(19, 0), new TimeOnly(19, 50)), "the host's slot opens the agenda but is no talk");
    }

    [Fact]
    public void Bold_blocks_take_speakers_from_bios_and_keep_abstract_and_takeaways()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 本期议题以及嘉宾详解

            **《镜像加速的故事》**

            **嘉宾介绍**

            甲乙，某集团高级技术专家，做文件系统。

            丙丁（花名：小丁），某集团技术专家。

            **议题简介**

            - 讲镜像为什么慢。

            **听众收获**

            - 知道怎么变快

            **《另一个议题》**

            **嘉宾介绍**

            戊己是某公司的工程师，热爱开源。
            """);

        talks.Select(t => t.Title).Should().Equal("镜像加速的故事", "另一个议题");
        TalkFixture.Names(talks[0]).Should().Equal("甲乙", "丙丁");
        talks[0].Speakers[1].Aliases.Should().Equal("小丁");
        talks[0].Abstract.Should().Contain("镜像为什么慢");
        talks[0].Takeaways.Should().Contain("怎么变快");
        TalkFixture.Names(talks[1]).Should().Equal("戊己");
    }

    [Fact]
    public void Quote_headings_take_the_speaker_from_the_quote_and_the_nickname_from_the_bio()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 《多运行时的体验》

            >周某某（在某团队做研发）

            嘉宾简介：

            周某某（花名：仪仗）在某团队做研发

            ***

            ### 《多集群治理》

            >徐某 某云技术专家。

            嘉宾简介：

            某云技术专家，项目发起人。
            """);

        talks.Should().HaveCount(2);
        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "周某某", Aliases = new[] { "仪仗" } });
        TalkFixture.Names(talks[1]).Should().Equal("徐某");
    }

    [Fact]
    public void The_plain_layout_puts_names_before_titles_except_guests_listed_under_a_title()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 活动回顾

            《开场介绍》

            王甲
            某司 技术经理

            Anna Smith
            某联盟主席

            李乙
            某集团专家

            《第二个议题》

            嘉宾简介：

            李乙，一直做编译器。

            议题简介：

            讲编译器。

            何丙
            某司工程师
            《第三个议题》

            嘉宾简介：某司编程语言团队工程师。
            """);

        talks.Select(t => t.Title).Should().Equal("开场介绍", "第二个议题", "第三个议题");
        TalkFixture.Names(talks[0]).Should().Equal("王甲", "Anna Smith");
        TalkFixture.Names(talks[1]).Should().Equal("李乙");
        talks[1].Abstract.Should().Be("讲编译器。");
        TalkFixture.Names(talks[2]).Should().Equal("何丙");
    }

    [Fact]
    public void A_bracketed_title_opens_a_talk_whether_it_is_a_heading_a_bold_line_or_a_plain_line()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 活动回顾

            ### 《云上的调度器》

            >张三 某云技术专家

            **《网格里的流量》**

            >李四 某司架构师

            王五
            某集团工程师

            《编译器的一天》
            """);

        talks.Select(t => t.Title).Should().Equal("云上的调度器", "网格里的流量", "编译器的一天");
        talks.Select(t => string.Join(",", TalkFixture.Names(t))).Should().Equal("张三", "李四", "王五");
    }

    [Fact]
    public void A_quoted_line_under_a_plain_bracketed_title_names_its_speaker_as_under_a_bold_one()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 活动回顾

            《第一个议题》

            >张三 某云技术专家

            《第二个议题》

            >李四 某司架构师
            """);

        talks.Select(t => string.Join(",", TalkFixture.Names(t))).Should().Equal("张三", "李四");
    }

    [Fact]
    public void A_plain_bracketed_title_takes_its_time_line_and_one_speaker_per_bio_as_a_bold_one_does()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 活动回顾

            《第一个议题》

            14:00-14:40

            嘉宾简介：

            张三，某云技术专家。

            李四，某司架构师。

            《第二个议题》

            王五
            某集团工程师
            """);

        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 0), new TimeOnly(14, 40)));
        talks.Select(t => string.Join(",", TalkFixture.Names(t))).Should().Equal("张三,李四", "王五");
    }

    [Fact]
    public void Lecturer_details_give_real_names_and_the_roundtable_lists_the_moderator_first()
    {
        var (talks, _) = TalkFixture.Extract("""
            | 时间 | 环节（分享主题） | 分享嘉宾 |
            | --- | --- | --- |
            | 13:30-14:15 | 《网关的思考》 | 贾某 某司 高级技术专家 |
            | 15:20-16:00 | 圆桌环节-《落地的务实》 | 鲁某 |

            13:30-14:15《网关的思考》

            - 讲师：贾某 某司 高级技术专家
            - 讲师介绍：靳某某（花名贾某），一直做移动网络。

            15:20-16:00 圆桌环节《落地的务实》

            - 主持人：鲁某 某司负责人
            - 嘉宾：
              - 涵某 某司专家
              - 张某某 某云架构师
            """);

        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "靳某某", Aliases = new[] { "贾某" } });
        TalkFixture.Names(talks[1]).Should().Equal("鲁某", "涵某", "张某某");
    }

    [Fact]
    public void Lecturer_labels_are_split_as_every_other_label_so_a_space_before_the_colon_is_no_matter()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### | 一、《落地的务实》

            - 主持人 ：鲁某 某司负责人
            - 嘉宾：
              - 涵某 某司专家
            """);

        TalkFixture.Names(talks.Single()).Should().Equal("鲁某", "涵某");
    }

    [Fact]
    public void Numbered_headings_with_lecturer_lines_take_their_own_download_link()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### | 二、《服务发现的实践》

            讲师：某集团技术专家李某东（花名：向某）

            [点击下载资料](https://example.org/a(1).pdf)

            ### | 三、《运行时的未来》

            讲师：某集团技术专家 赵某（花名：有某）
            讲师：某集团技术专家刘某（花名：飞某）
            """, EventKind.Anniversary);

        talks.Select(t => t.Title).Should().Equal("服务发现的实践", "运行时的未来");
        talks[0].SlidesUrl.Should().Be("https://example.org/a(1).pdf");
        TalkFixture.Names(talks[1]).Should().Equal("赵某", "刘某");
    }

    [Fact]
    public void Bracket_layout_reads_the_slot_and_the_emphasised_guest()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 直播介绍

            **《新版本的新特性》**

            2023 年 9 月 7 日（周四）

            19：00 - 20：00

            **「嘉宾简介」**

            **胡某杰**（*花名：致某*）
            某集团技术专家

            **「议题简介」**

            介绍新版本。
            """, EventKind.LiveStream);

        talks.Should().ContainSingle();
        talks[0].Title.Should().Be("新版本的新特性");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(19, 0), new TimeOnly(20, 0)));
        talks[0].Speakers.Should().ContainSingle().Which.Aliases.Should().Equal("致某");
        talks[0].Abstract.Should().Be("介绍新版本。");
    }

    [Fact]
    public void Share_blocks_give_the_webinar_speaker()
    {
        var (talks, _) = TalkFixture.Extract("""
            **分享主题：**

            《网格上的实践》

            **分享嘉宾：**

            陈某，某生活平台工程师，云原生爱好者。
            """, EventKind.Webinar);

        talks.Should().ContainSingle().Which.Title.Should().Be("网格上的实践");
        TalkFixture.Names(talks[0]).Should().Equal("陈某");
    }

    [Theory]
    [InlineData("Speaker: Jane Doe, Principal Engineer at Example GmbH", new[] { "Jane Doe" })]
    [InlineData("**Speakers:** Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("分享嘉宾：陈某，某公司工程师", new[] { "陈某" })]
    [InlineData("Instructor: Jane Doe", new[] { "Jane Doe" })]
    public void A_webinar_with_neither_agenda_nor_guest_list_is_given_by_the_people_its_speaker_line_names(string line, string[] names)
    {
        var (talks, _) = TalkFixture.Extract($"""
            Join us online on December 9th at 4pm.

            {line}

            We will cover rolling upgrades and canaries.
            """, EventKind.Webinar);

        TalkFixture.Names(talks.Should().ContainSingle().Subject).Should().Equal(names);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("")]
    public void Timed_items_of_a_bracketed_title_then_its_people_give_slots_titles_and_speakers(string bullet)
    {
        var (talks, _) = TalkFixture.Extract($"""
            ## 议程

            {bullet}14:00-14:40 《冷启动的优化》 张伟（某云）

            {bullet}14:40-15:20 《生产中的实践》 李娜（某银行科技部）、王强

            {bullet}15:20-15:30 茶歇
            """);

        talks.Select(t => t.Title).Should().Equal("冷启动的优化", "生产中的实践");
        TalkFixture.Names(talks[1]).Should().Equal("李娜", "王强");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 0), new TimeOnly(14, 40)));
    }

    [Fact]
    public void Timed_items_after_an_em_dash_lose_the_dash_and_the_quotes_around_their_titles()
    {
        var (talks, _) = TalkFixture.Extract("""
            Agenda:

            - 7:00 PM — Doors open, pizza
            - 7:30 PM — "Generics in practice" by Sam Carter
            - 8:10 PM — “Profiling Go services” by Priya Natarajan
            - 8:50 PM — Wrap-up
            """);

        talks.Select(t => t.Title).Should().Equal("Generics in practice", "Profiling Go services");
        TalkFixture.Names(talks[1]).Should().Equal("Priya Natarajan");
    }

    [Theory]
    [InlineData("Webinar: Zero-downtime upgrades", "Zero-downtime upgrades")]
    [InlineData("Online Workshop: Intro to tracing", "Intro to tracing")]
    [InlineData("Live stream | Tuning the scheduler", "Tuning the scheduler")]
    [InlineData("Workshops that scale", "Workshops that scale")]
    public void A_one_talk_page_titles_its_talk_without_the_kind_word_before_the_title(string pageTitle, string talk)
    {
        var page = Pages.Parse(Pages.With($"title: \"{pageTitle}\"\ndate: 2030-11-25",
            "Join us online on December 9th at 4pm CET.\n\nSpeaker: Jane Doe\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Title.Should().Be(talk);
    }

    [Fact]
    public void By_lines_give_slots_titles_and_speakers_and_lunch_is_not_a_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            **9:20 - 10:10 Build services fast by Jane Doe**

            A hands-on lab.

            **12:00 - 13:00 Lunch time**

            **13:00 - 13:30 使用网格 by 小剑**
            """, EventKind.Workshop);

        talks.Select(t => t.Title).Should().Equal("Build services fast", "使用网格");
        TalkFixture.Names(talks[0]).Should().Equal("Jane Doe");
        talks[0].Abstract.Should().Be("A hands-on lab.");
        TalkFixture.Names(talks[1]).Should().Equal("小剑");
    }

    [Fact]
    public void Split_guest_items_give_only_the_names_for_a_theme_page()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 概要

            - 活动主题：SOFAChannel#33《更安全的机密计算》——某某社区

            ## 嘉宾

            - 戚某（花名：百某）
            - Dragonfly Maintainer
            - 基于 P2P 的文件系统, 负责调度
            - 马某某（花名：楚某）
            -某集团技术专家
            """, EventKind.LiveStream);

        talks.Should().ContainSingle().Which.Title.Should().Be("更安全的机密计算");
        TalkFixture.Names(talks[0]).Should().Equal("戚某", "马某某");
    }

    [Fact]
    public void Speaker_headings_match_trailing_slides_by_the_speaker_name()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 议题

            ### 如何低成本演进

            梁某鹏，某研发工程师，某 PMC

            **议题简介**

            讲演进。

            资料点击查看

            [梁某鹏-如何低成本演进](https://example.org/x.pdf)
            """, EventKind.Anniversary);

        talks.Should().ContainSingle().Which.SlidesUrl.Should().Be("https://example.org/x.pdf");
        TalkFixture.Names(talks[0]).Should().Equal("梁某鹏");
    }

    [Fact]
    public void A_multi_talk_page_warns_about_a_talk_without_speakers()
    {
        var (talks, diagnostics) = TalkFixture.Extract("""
            | 时间 | 环节 | 讲师 |
            | --- | --- | --- |
            | 13:30 - 14:15 | 《没人讲的题目》 | 待定 |
            | 14:15 - 15:00 | 《另一个题目》 | 某司专家 阿明 |
            """);

        talks.Should().HaveCount(2);
        talks[0].Speakers.Should().BeEmpty();
        diagnostics.Items.Should().ContainSingle(d => d.Code == "talk-no-speakers").Which.Should()
            .BeEquivalentTo(new { Line = 8, Severity = Bot.Core.Recaps.Severity.Warning });
    }

    [Fact]
    public void The_page_s_author_named_in_the_agenda_is_a_speaker_like_any_other()
    {
        var (talks, _) = TalkFixture.Extract("""
            | 时间 | 环节 | 讲师 |
            | --- | --- | --- |
            | 13:30 - 14:15 | 《有人讲的题目》 | 潘潘 |
            | 14:15 - 15:00 | 《另一个题目》 | 某司专家 阿明 |
            """);

        talks.Select(t => t.Speakers.Single().Name).Should().Equal("潘潘", "阿明");
    }

    [Fact]
    public void Headings_that_end_with_their_presenter_after_a_dash_name_the_speaker_and_an_enumeration_under_one_names_nobody()
    {
        var (talks, _) = TalkFixture.Extract("""
            The first event was hosted by Stephen Roe and Richard Poe.

            ####  State of the Kotlin Ecosystem - Adam Kowalski

            The first talk of the evening, thanks Adam!

            ####  Kotlin Native - James Miller

            Raspberry Pi, Linux, Mac, LLVM, a real deep dive into how you can compile Kotlin code to native binaries

            #### • Kotlin Serialisation: A viable Jackson alternative? - Alex Williams

            A look at the library.
            """);

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "State of the Kotlin Ecosystem|Adam Kowalski", "Kotlin Native|James Miller", "Kotlin Serialisation: A viable Jackson alternative?|Alex Williams");
    }

    [Fact]
    public void A_single_heading_with_a_dash_keeps_its_whole_title()
    {
        var (talks, _) = TalkFixture.Extract("""
            #### Spring Boot - Getting Started

            Jane Doe walks through the basics.
            """);

        talks.Should().OnlyContain(t => t.Title == "Spring Boot - Getting Started");
    }
}
