namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Speaker lists and slide lists in shapes seen on other communities' pages (written for these specs).</summary>
public sealed class SpeakerListSpecs
{
    private static IEnumerable<string> SpeakersOf(string frontMatter, string body = "## 观看视频\n\n{{< youtube id=\"abcdefgh123\" >}}\n") =>
        Pages.Parse(Pages.With(frontMatter, body)).Event!.Talks.Single().Speakers.Select(s => s.Name);

    [Theory]
    [InlineData("Chris Lee（CTO, Cloud, Example Foundation）、张潇（某司）", new[] { "Chris Lee", "张潇" })]
    [InlineData("王纪飞（某项目 Approver，某智能）、李孟轩（某智能）", new[] { "王纪飞", "李孟轩" })]
    [InlineData("Jane Doe (CTO, Acme) and John Roe (Engineer, Example)", new[] { "Jane Doe", "John Roe" })]
    public void A_separator_inside_a_persons_brackets_belongs_to_their_affiliation(string line, string[] names)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.People(line).Select(s => s.Name).Should().Equal(names);
    }

    [Fact]
    public void A_list_of_people_with_their_bracketed_affiliation_or_nickname_then_a_colon_and_title_gives_a_talk_each()
    {
        var talks = Pages.Parse(Pages.With("title: 示例 Meetup 成都站\ndate: 2030-10-20", "时间：2030年10月26日 14:00\n\n地点：成都某空间\n\n## 讲师与演讲话题\n\n"
            + "- 张三（某公司资深专家）：服务网格在网管平台中的落地实践\n- 黄挺（鲁直）：网络代理的演进之路\n- Jane Doe (Acme)：Edge routing, explored\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("服务网格在网管平台中的落地实践", "张三"), ("网络代理的演进之路", "黄挺"), ("Edge routing, explored", "Jane Doe"));
        (talks[0].Speakers[0].Affiliation, talks[1].Speakers[0].Aliases.Single(), talks[2].Speakers[0].Affiliation).Should().Be(("某公司资深专家", "鲁直", "Acme"));
    }

    [Theory]
    [InlineData("講者")]
    [InlineData("講師")]
    public void A_speakers_section_in_traditional_characters_lists_people_who_lead_the_workshop_not_talks_named_after_their_roles(string heading)
    {
        var talks = Pages.Parse(Pages.With("title: 示範工作坊\ndate: 2030-03-01", "| 項目 | 內容 |\n|---|---|\n| 日期 | 2030 年 3 月 14 日（六）|\n| 時間 | 13:30 – 17:00 |\n"
            + "| 地點 | 台中某會議室 |\n\n## " + heading + "\n\n- **Jane Example** — Example Geek 創辦人\n- **John Sample** — Laravel/PHP 開發者（[@sample](https://github.com/sample)）\n\n"
            + "## 議程\n\n1. 建立檔案結構\n2. 撰寫說明文件\n")).Event!.Talks;

        talks.Should().ContainSingle().Which.Speakers.Select(s => (s.Name, s.Affiliation)).Should().Equal(
            ("Jane Example", "Example Geek 創辦人"), ("John Sample", "Laravel/PHP 開發者（@sample）"));
    }

    [Fact]
    public void A_handle_with_a_role_after_it_speaks_under_a_talk_heading_and_a_resources_heading_is_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("## 活动内容\n\n### 前端构建实战\n<span class=\"small\">房林，某咨询公司高级咨询师</span>\n\n介绍构建工具。\n\n"
            + "### 写一个浏览器扩展\n<span class=\"small\">greatghoul，某公司高级工程师，扩展爱好者</span>\n\n从简单到复杂。\n\n"
            + "## 资源链接\n\n- [写一个浏览器扩展幻灯片下载](https://files.example.com/ext.pdf)\n");

        talks.Select(t => (t.Title, string.Join("+", TalkFixture.Names(t)))).Should().Equal(("前端构建实战", "房林"), ("写一个浏览器扩展", "greatghoul"));
    }

    [Theory]
    [InlineData("Kubernetes，容器编排的事实标准")]
    [InlineData("greatghoul，扩展爱好者")]
    public void A_handle_before_a_comma_is_no_person_without_a_role_after_it(string line)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.NameAndAffiliation(line).Should().BeNull();
    }

    [Theory]
    [InlineData("黄盈樟 ~ 硬件极客、个人开发者", "黄盈樟", "硬件极客、个人开发者")]
    [InlineData("Jane Doe ～ Acme", "Jane Doe", "Acme")]
    public void A_tilde_parts_a_name_from_the_role_after_it(string line, string name, string role)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.NameAndAffiliation(line).Should().BeEquivalentTo(new Bot.Core.Events.Speaker(name, [], role));
    }

    [Theory]
    [InlineData("Justin Mclean，Apache项目管理委员会主席，Apache Member，20余年IT行业软件开发经历，擅长IoT, Web 应用开发，数据库设计，开源硬件领域。", new[] { "Justin Mclean" })]
    [InlineData("Jean-Baptiste Onofré   Apache Member，Example的Fellow, 04年开始从事基金会相关工作，Karaf、Camel、Carbondata等超过20个项目的PMC member。", new[] { "Jean-Baptiste Onofré" })]
    [InlineData("Apache Member，某中心技术专家，前某司首席软件工程师，有十五年企业级开源中间件开发经验。先后参与Apache CXF， Apache Camel等项目。对微服务架构，WebServices，SOA， OSGi有比较深入的研究。", new string[0])]
    public void A_speaker_value_that_runs_on_as_a_bio_names_only_the_person_it_opens_with(string line, string[] names)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.People(line).Select(s => s.Name).Should().Equal(names);
    }

    [Fact]
    public void An_attendee_list_of_names_with_their_handles_in_brackets_gives_no_talks_and_a_title_by_handle_still_does()
    {
        var (attendees, _) = TalkFixture.Extract("## Attendees\n\n- Phil Freeman (@paf31)\n- John A. De Goes (@jdegoes)\n- Greg Pfeil (@sellout)\n- Ben Burdette\n");
        var (talks, _) = TalkFixture.Extract("## Talks\n\n- Rust in the kernel (@ojeda)\n- Async without tears @jdoe\n");

        attendees.Should().BeEmpty();
        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Rust in the kernel", "ojeda"), ("Async without tears", "jdoe"));
    }

    [Fact]
    public void A_talk_block_whose_speaker_label_names_no_one_readable_is_still_a_talk()
    {
        var talks = Pages.Parse(Pages.With("title: \"示例开放日\"\ndate: 2030-06-27", "**会议日期/时间**：2030 年 6 月 27 日，9:30 – 17:30\n\n"
            + "---\n**《深度解读开源基金会》**\n\n**时间：**11:00-12:00\n\n**主讲人：**Jean-Baptiste Onofré   Apache Member，Example的Fellow, 04年开始从事基金会相关工作，Karaf、Camel等超过20个项目的PMC member。\n\n"
            + "---\n**《社区概况与路线图》**\n\n**时间：**13:30-13:45\n\n**讲师：**Apache Member，某中心技术专家，前某司首席软件工程师，有十五年企业级开源中间件开发经验。先后参与Apache CXF， Apache Camel等项目。\n\n"
            + "---\n**《事务一致性解决方案详解》**\n\n**时间：** 15:55-16:25\n\n**主讲人：**姜宁\n")).Event!.Talks;

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "深度解读开源基金会|Jean-Baptiste Onofré", "社区概况与路线图|", "事务一致性解决方案详解|姜宁");
    }

    [Theory]
    [InlineData("date: 2030-12-06T20:30:00+08:00", "## 观看视频", true)]
    [InlineData("date: 2030-12-06", "时间：2030 年 12 月 6 日 20:30", true)]
    [InlineData("date: 2030-12-06", "We met to share what we did during the month.", false)]
    [InlineData("date: 2030-12-06 20:08:52+00:00", "We met to share what we did during the month.", false)]
    public void The_front_matter_author_presents_a_session_with_its_hour_but_only_wrote_up_a_page_without_one(string date, string body, bool presents)
    {
        var page = Pages.Parse(Pages.With($"title: \"Show and Tell\"\n{date}\nauthor: Tom Faughnan", body + "\n"));

        (page.Event?.Talks.Any(t => t.Speakers.Any(s => s.Name == "Tom Faughnan")) ?? false).Should().Be(presents);
    }

    [Fact]
    public void An_author_the_pages_title_names_is_the_community_writing_about_its_own_event_not_its_presenter()
    {
        var page = Pages.Parse(Pages.With("title: \"【活动报名】9月1日 Example 西安用户组 Meetup\"\ndate: 2030-08-17\nauthor: 'Example'",
            "## 活动信息\n\n活动时间：2030年9月1日  14:00-17:30\n\n活动地点：西安市雁塔区某路 1 号\n\n## 报名参会\n\n<img src=\"qr.png\" width=\"200\" >\n\n扫码报名\n"));

        (page.IsEvent, page.Event!.Talks.Count).Should().Be((true, 0));
    }

    [Theory]
    [InlineData("Panelists included:", "1. Jane Doe ([Acme], *LUG President*)\n2. John Roe ([Example Corp], *Treasurer*)\n")]
    [InlineData("Our panel consists of:", "  * Jane Doe from [Acme](https://acme.example)\n  * John Roe from [Example Corp](https://example.org)\n")]
    [InlineData("本次分享嘉宾：", "- Jane Doe（Acme）\n- John Roe（Example Corp）\n")]
    public void People_listed_under_a_label_line_give_the_pages_one_session(string label, string list)
    {
        var page = Pages.Parse(Pages.With("title: \"Summer Internship Panel\"\ndate: 2030-09-07",
            $"For our first meeting of the year we hosted a panel.\n\n{label}\n\n{list}\nThe floor was then opened for questions.\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("Jane Doe", "John Roe");
    }

    [Theory]
    [InlineData("Presented by @TimerChen. Some demos presented are not included yet.", "TimerChen")]
    [InlineData("Presented by Jane Doe (Acme), with a live demo.", "Jane Doe")]
    public void A_presented_by_sentence_names_the_presenter_of_the_pages_one_session(string sentence, string presenter)
    {
        var page = Pages.Parse($"# Simple Physics engine\n{sentence}\n\n## Video Record\n[Watch it!](https://video.example.org/v/1)\n", "talks/2030-10-29-index.md");

        page.Event!.Talks.Should().ContainSingle().Which.Speakers.Single().Name.Should().Be(presenter);
    }

    [Theory]
    [InlineData("Our speaker is Ryan Example. Ryan works for Example Farms where he merges agronomic data.", "Ryan Example")]
    [InlineData("Our speaker Greg Example has spent over a decade creating applications.", "Greg Example")]
    [InlineData("This month's guest speaker will be Jane Example, who runs the Example lab.", "Jane Example")]
    public void A_sentence_that_says_who_our_speaker_is_names_the_presenter_of_the_pages_one_session(string sentence, string speaker)
    {
        var page = Pages.Parse(Pages.With("title: \"October 13th @ 6:00 PM - Advanced Series:  So what do we do with the architects?\"\ndate: 2030-10-04 16:00:00 -0500",
            "You've made the switch to agile. Then you notice that you forgot to give the architects something to do.\n\n" + sentence
            + "\n\nThe meeting will be on October 13th at 6:00 PM at Example Solutions. We look forward to seeing you there!\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Title.Should().Be("So what do we do with the architects?");
        page.Event.Talks[0].Speakers.Single().Name.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Our first talk will be:", "Embedded Rust, by example of RIOT-OS applications")]
    [InlineData("The topic for tonight is:", "Embedded Rust, by example of RIOT-OS applications")]
    [InlineData("Our first talk will be announced soon.", "November 2030")]
    public void The_line_after_one_announcing_the_talk_is_its_title(string announcing, string title)
    {
        var page = Pages.Parse(Pages.With("date: 2030-11-27\ntitle: \"November 2030\"",
            $"Dear friends,\n\nwe are happy to announce our speaker for this month's Meetup.\n\n{announcing}\n\nEmbedded Rust, by example of RIOT-OS applications\n\n"
            + "Rust can be used on embedded systems in various ways. This talk gives a brief overview.\n\n"
            + "Christian Example is active in Free Software communities since 2005. He started using embedded Rust in 2017.\n\nEvery Tuesday at 19:00, Example Hall.\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Title.Should().Be(title);
        page.Event.Talks[0].Speakers.Single().Name.Should().Be("Christian Example");
    }

    [Fact]
    public void A_sentence_after_the_announcing_line_is_no_title()
    {
        var page = Pages.Parse(Pages.With("date: 2030-11-27\ntitle: \"November 2030\"",
            "Our first talk will be:\n\nA surprise, we will tell you more next week.\n\n"
            + "Christian Example is active in Free Software communities since 2005. He started using embedded Rust in 2017.\n\nEvery Tuesday at 19:00, Example Hall.\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Title.Should().Be("November 2030");
    }

    [Fact]
    public void A_title_that_ends_with_the_presenter_the_page_names_is_the_session_without_them()
    {
        var page = Pages.Parse(Pages.With("title: \"March 9th @ 6:00 PM - Test Driven Development with Greg Example\"\ndate: 2030-02-23 21:00:00 -0500",
            "Come learn how thinking about tests first can impact your design.\n\nOur speaker Greg Example has spent over a decade creating applications using TDD.\n\n"
            + "We are privileged to hold our meeting at the Example Innovation Center this month!\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Title.Should().Be("Test Driven Development");
        page.Event.Talks[0].Speakers.Single().Name.Should().Be("Greg Example");
    }

    [Theory]
    [InlineData("Speakers:", 2)]
    [InlineData("Our evening:", 0)]
    public void Paragraphs_of_a_name_a_colon_and_a_title_under_a_speakers_label_are_the_talks(string label, int talks)
    {
        var page = Pages.Parse(Pages.With("title: \"Understanding Encryption & Security Practices\"\ndate: 2030-03-23",
            $"For our March event, we focus on protecting ourselves online.\n\nDoors open at 6:30 PM. Event begins at 7 PM.\n\n{label}\n\n"
            + "Leigh Example: Understanding Encryption\n\nJessy Sample: Introduction to Secure Online Tools\n\nBios:\n\nLeigh Example leads a security team.\n"));

        page.Event!.Talks.Count(t => t.Speakers.Any(s => s.Name is "Leigh Example" or "Jessy Sample")).Should().Be(talks);
        if (talks > 0)
        {
            page.Event.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
                ("Understanding Encryption", "Leigh Example"), ("Introduction to Secure Online Tools", "Jessy Sample"));
            page.Event.Start.Should().Be(new DateTimeOffset(2030, 3, 23, 19, 0, 0, TimeSpan.FromHours(8)));
        }
    }

    [Theory]
    [InlineData("本次分享主讲人是 <font color=#0099ff> @李盛洲 </font> 学长，他维护着社区的镜像站。", "李盛洲")]
    [InlineData("本期嘉宾为王五老师。", "王五")]
    [InlineData("主讲人是 @npa 同学。", "npa")]
    [InlineData("讲师为大家带来了一场精彩的分享。", null)]
    [InlineData("本期嘉宾为资深架构。", null)]
    [InlineData("主讲人是一线工程师。", null)]
    [InlineData("讲师是业内知名专家。", null)]
    public void A_sentence_that_says_who_the_speaker_is_names_the_presenter_of_the_pages_one_session(string sentence, string? presenter)
    {
        var page = Pages.Parse(Pages.With("title: RESTful API 的设计及应用\nauthor: shuosc\ndate: 2017-11-26 23:55:49",
            $"2017年10月20日下午六点，示例开源社区在东区计算机楼504举行了本学期的第五次活动。\n\n{sentence}\n\n"
            + "| 附录 |\n| :--- |\n| [本次活动的PPT](https://example.org/a/RESTful%20API.pptx) |\n| [开源的SSL证书](https://letsencrypt.org) |\n"));

        var talk = page.Event!.Talks.Should().ContainSingle().Which;
        (talk.Title, talk.SlidesUrl).Should().Be(("RESTful API 的设计及应用", "https://example.org/a/RESTful%20API.pptx"));
        if (presenter is null)
        {
            talk.Speakers.Should().NotContain(s => sentence.Contains(s.Name, StringComparison.Ordinal));
        }
        else
        {
            talk.Speakers.Select(s => s.Name).Should().Equal(presenter);
        }
    }

    [Fact]
    public void A_bio_paragraph_that_opens_with_a_full_name_gives_the_speaker_of_the_pages_one_session_and_a_things_description_does_not()
    {
        const string Head = "---\ntitle: The Waffle Index Explorer\ntime: 6:30-8:30pm\naddress: Online Meeting\n---\n\n";
        var bio = Pages.Parse(Head + "We'll walk you through a notebook of maps.\n\nJoin the online meetup here: <https://example.zoom.us/j/1>.\n\n"
            + "Alex Example is a recent graduate and the lead organizer of a data group. You can find him on [GitHub](https://github.com/alex).\n",
            "_posts/2030-04-02-waffle-index.md");
        var thing = Pages.Parse(Head + "We'll walk you through a notebook of maps.\n\nWaffle House is a treasured staple of the South, open when we need it.\n",
            "_posts/2030-04-02-waffle-index.md");

        bio.Event!.Talks.Should().ContainSingle().Which.Should().Match<Bot.Core.Events.Talk>(t => t.Title == "The Waffle Index Explorer" && t.Speakers.Single().Name == "Alex Example");
        thing.Event!.Talks.Should().NotContain(t => t.Speakers.Any(s => s.Name == "Waffle House"));
    }

    [Fact]
    public void A_list_under_a_line_that_names_no_people_gives_no_speakers()
    {
        var page = Pages.Parse(Pages.With("title: \"Hacktoberfest Show and Tell\"\ndate: 2030-10-27",
            "We met to share what we did during the month. Highlights:\n\n- Jane Doe fixed a bug\n- John Roe drew a logo\n"));

        (page.Event?.Talks ?? []).Should().BeEmpty();
    }

    [Fact]
    public void A_group_named_among_the_speakers_is_one_speaker_not_its_last_word()
    {
        SpeakersOf("title: \"第 9 期 示例分享\"\ndate: 2030-12-06T20:30:00+08:00\nauthor: 示例 SIG 小组，张三，李四")
            .Should().Equal("示例 SIG 小组", "张三", "李四");
    }

    [Theory]
    [InlineData("Maria Rossi, Acme Corp", new[] { "Maria Rossi" })]
    [InlineData("Jonas Weber, Example Labs", new[] { "Jonas Weber" })]
    [InlineData("Wang Tao, Huawei Cloud", new[] { "Wang Tao" })]
    [InlineData("Maria Rossi, Jonas Weber", new[] { "Maria Rossi", "Jonas Weber" })]
    public void An_employer_after_an_english_name_is_where_the_speaker_works_not_a_second_speaker(string line, string[] names)
    {
        var talks = Pages.Parse(Pages.With("title: \"Meetup 7\"\ndate: 2030-11-25",
            $"Date: December 10, 2030, 18:30\n\n## Talks\n\n### Platform engineering without the hype\n\nSpeaker: {line}\n")).Event!.Talks;

        talks.Single().Speakers.Select(s => s.Name).Should().Equal(names);
    }

    [Theory]
    [InlineData("Derek 呆, Linux 玩家, 目前就职于某科技.")]
    [InlineData("某呆, FP 爱好者, 在读学生")]
    public void A_bios_hobbyist_or_student_role_is_no_persons_name(string line)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.People(line).Select(s => s.Name).Should().NotContain(["玩家", "爱好者", "学生", "在读学生"]);
    }

    [Theory]
    [InlineData("Jan Kleprlik 软件工程师", "软件工程师")]
    [InlineData("Wout Werkman 软件工程师及Kotlin专家", "软件工程师及Kotlin专家")]
    public void Chinese_words_after_a_space_behind_a_latin_name_are_what_the_speaker_does(string line, string affiliation)
    {
        var people = Bot.Core.Recaps.Talks.SpeakerLine.People(line);

        people.Should().ContainSingle().Which.Should().Match<Bot.Core.Events.Speaker>(p => p.Name == line.Substring(0, line.Length - affiliation.Length - 1) && p.Affiliation == affiliation);
    }

    [Fact]
    public void A_trailing_ellipsis_in_a_speaker_list_is_no_one_and_does_not_merge_the_names_into_one()
    {
        SpeakersOf("title: \"第 10 期 示例讨论\"\ndate: 2030-12-13T20:30:00+08:00\nauthor: 张三/李四/...")
            .Should().Equal("张三", "李四");
    }

    [Fact]
    public void A_sentence_under_the_guest_heading_names_no_one_by_its_last_word()
    {
        SpeakersOf("title: \"第 11 期 示例分享\"\ndate: 2030-10-24T21:00:00+08:00",
                "## 分享嘉宾\n\n张三，某公司后台开发，负责网关与治理。\n\n目前后台已经有 200 多个 Go 服务。\n")
            .Should().Equal("张三");
    }

    [Fact]
    public void A_workshop_block_is_given_by_the_mentor_its_label_names()
    {
        var page = Pages.Parse(Pages.With("title: \"示例开源日\"\ndate: 2030-10-30T09:00:00+08:00\naddress: 成都",
            "### 工作坊\n\n#### 前端入门工作坊\n\n- 地点：一号楼\n- 导师：张三/李四\n\n#### 数据库实操\n\n- 导师：王五\n- 人群：开发者\n"));

        page.Event!.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("前端入门工作坊", "张三,李四"), ("数据库实操", "王五"));
    }

    [Fact]
    public void Notes_and_photos_under_a_slides_heading_are_not_a_talks_deck()
    {
        var page = Pages.Parse(Pages.With("title: \"示例回顾会\"\ndate: 2030-05-25T14:00:00+08:00\naddress: 成都",
            """
            ### 服务网格的落地实践

            讲师：张三

            ### 可观测性的落地

            讲师：王五

            ### 网页的新进展

            讲师：李四

            ## 会后资料

            - [《网页的新进展》演示文稿](https://example.org/deck.html)
            - [《网页的新进展》观众笔记](https://example.org/notes)
            - [现场照片](https://example.org/photos)
            """));

        page.Event!.Talks.Select(t => t.SlidesUrl).Should().Equal(null, null, "https://example.org/deck.html");
    }

    [Fact]
    public void A_word_for_speakers_that_heads_an_agenda_column_also_labels_a_speaker_line_and_a_people_heading()
    {
        var labelled = Pages.Parse(Pages.With("title: \"示例技术沙龙\"\ndate: 2030-05-25T14:00:00+08:00\naddress: 成都",
            "### 服务网格的落地实践\n\n报告人：张三\n\n### 可观测性的落地\n\n报告人：王五\n"));
        var headed = Pages.Parse(Pages.With("title: \"示例直播：服务网格的落地实践\"\ndate: 2030-05-25T20:00:00+08:00\ncategories: [直播]",
            "## 报告人\n\n张三，某公司架构师。\n"));

        labelled.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("服务网格的落地实践", "张三"), ("可观测性的落地", "王五"));
        headed.Event!.Talks.Single().Speakers.Select(s => s.Name).Should().Equal("张三");
    }
}
