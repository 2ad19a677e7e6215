using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Agenda lines in the shapes English and Chinese meetup pages write them, one talk per line or item: a lone
/// start time, the speaker in brackets or after a dash with the employer after a comma, a bracketed title with a
/// labelled speaker and its deck.</summary>
public sealed class AgendaLineShapeSpecs
{
    [Fact]
    public void A_quoted_title_by_first_names_keeps_neither_the_slots_length_nor_its_questions()
    {
        var (talks, _) = TalkFixture.Extract("The program for the evening is:\n\n- 18:05 - 18:15: Welcome (10 min)\n"
            + "- 18:20 - 18:50: \"Duke nukem\" by Jeppe and Rasmus (30 min)\n- 18:50 - 19:00: A word from our sponsor (5-10 min)\n"
            + "- 19:00 - 19:45: Light dinner\n- 19:45 - 20:30: \"When lifetimes give you lemons\" and Q&A by Philip Kristoffersen (15+5 min)\n"
            + "- 20:35 - 20:45: \"An innocent story\" by Ole Friis Østergaard (10 min)\n- 20:50 - 21:00: Closing remarks (10 min)\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Duke nukem", "Jeppe,Rasmus"), ("When lifetimes give you lemons", "Philip Kristoffersen"), ("An innocent story", "Ole Friis Østergaard"));
    }

    [Fact]
    public void A_timed_line_names_its_speaker_after_its_last_with_and_a_line_whose_with_names_nobody_is_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("### Schedule\n\n**19:00 - 19:30**: Arrival and welcome  \n"
            + "**19:30 - 20:15**: Cloud scripting 101 with Joan Medina  \n**20:15 - 20:45**: Break / Pizza  \n"
            + "**20:45 - 21:30**: Testing with Pester with Nils Bolton  \n**21:30 - 21:45**: Wrapping up with drinks\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Cloud scripting 101", "Joan Medina"), ("Testing with Pester", "Nils Bolton"));
    }

    [Theory]
    [InlineData("- \"Partial correlation networks\" -- Erin Doyle\n- \"Batch reports in RMarkdown\" -- Alyssa Gold\n")]
    [InlineData("- 19:05 - 19:15 Partial correlation networks -- Erin Doyle\n- 19:15 - 19:25 Batch reports in RMarkdown -- Alyssa Gold\n")]
    public void A_double_hyphen_parts_the_title_from_its_speaker_as_a_dash_does(string items)
    {
        var (talks, _) = TalkFixture.Extract("## Talks and Speakers:\n\n" + items);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Partial correlation networks", "Erin Doyle"), ("Batch reports in RMarkdown", "Alyssa Gold"));
    }

    [Fact]
    public void A_handle_before_where_they_work_after_a_speaker_label_is_the_speaker_and_people_before_a_bar_share_what_follows_it()
    {
        var (talks, _) = TalkFixture.Extract("## 议题\n\n### 首个正式版本的发布之路\n\n讲者：LinkinStar｜Go 语言后端开发工程师，示例项目成员\n\n"
            + "### 非技术人在开源社区的成长\n\n讲者：Nadia Jiang 和 Anne Zhu ｜ 示例项目成员\n\n### 待定的分享\n\n讲者：TBD｜示例公司\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name + "@" + s.Affiliation)))).Should().Equal(
            ("首个正式版本的发布之路", "LinkinStar@Go 语言后端开发工程师，示例项目成员"),
            ("非技术人在开源社区的成长", "Nadia Jiang@示例项目成员,Anne Zhu@示例项目成员"), ("待定的分享", ""));
    }

    [Fact]
    public void A_contact_list_of_labels_names_no_speaker()
    {
        var (talks, _) = TalkFixture.Extract("## 进一步了解\n\n可以通过以下方式联系联络人：\n\n- 姓名：吴伟\n- 邮箱：wu@example.org\n- 注意：邮件标题请标注 `[示例]`\n- 电话：010-12345678\n");

        talks.Should().BeEmpty();
    }

    [Fact]
    public void A_chinese_agenda_lines_length_in_brackets_is_no_part_of_its_title_or_its_speaker()
    {
        var (talks, _) = TalkFixture.Extract("## 议程\n\n- 14:00-14:45 《存储引擎的演进》 张三（45 分钟）\n- 14:50-15:20 《可观测性实践》 李四（30分钟）\n- 15:20-15:30 茶歇\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("存储引擎的演进", "张三", (string?)null), ("可观测性实践", "李四", (string?)null));
    }

    [Fact]
    public void A_slot_naming_its_speaker_takes_the_title_from_the_line_under_it_and_leaves_breaks_out()
    {
        var (talks, _) = TalkFixture.Extract("## Schedule\n\n- **6:15 PM** – Doors open  \n  Networking, arrivals, and saying hello\n\n"
            + "- **6:25 PM** – **Jane Doe**  \n  *Agentic AI: what it is and where it is useful*\n\n- **7:10 PM** – Pizza break 🍕  \n  Refuel and chat.\n\n"
            + "- **7:45 PM** – **John Roe**  \n  *Using SQL alongside low-code apps*\n\n- **8:45 PM** – Wrap-up & close\n");

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "Agentic AI: what it is and where it is useful|Jane Doe", "Using SQL alongside low-code apps|John Roe");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(18, 25), null));
    }

    [Fact]
    public void A_bold_slot_then_a_comma_then_the_title_names_the_speaker_in_brackets_without_the_language_or_streaming_note()
    {
        var (talks, _) = TalkFixture.Extract("#### 报告简介\n\n- **9:00～9:10**，开场\n- **9:10 ～ 9:50**，机器学习和编程语言（Jane Doe，英文）\n"
            + "- **10:00～10:40**， 用示例进行优化建模（覃某某，中文）\n- **10:40～11:00**，休息\n- **11:40～12:10**，示例之债券交易（谭某，中文，不直播）\n");

        talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "机器学习和编程语言|Jane Doe", "用示例进行优化建模|覃某某", "示例之债券交易|谭某");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(9, 10), new TimeOnly(9, 50)));
    }

    [Theory]
    [InlineData("18:00 Welcome\n18:15 Virtual threads in production (Nina Keller, Swisscom)\n19:00 Structured concurrency explained (Luca Bernasconi, Oracle)\n19:45 Apéro\n")]
    [InlineData("- 18:00 Welcome\n- 18:15 Virtual threads in production (Nina Keller, Swisscom)\n- 19:00 Structured concurrency explained (Luca Bernasconi, Oracle)\n- 19:45 Apéro\n")]
    [InlineData("- 18:15 Virtual threads in production — Nina Keller, Swisscom\n- 19:00 Structured concurrency explained — Luca Bernasconi, Oracle\n")]
    [InlineData("**18:15** *Virtual threads in production* — Nina Keller, Swisscom\n\n**19:00** *Structured concurrency explained* — Luca Bernasconi, Oracle\n")]
    public void Lines_opening_with_a_start_time_name_their_speaker_with_the_employer_after_a_comma(string agenda)
    {
        var (talks, _) = TalkFixture.Extract("## Program\n\n" + agenda);

        talks.Select(t => t.Title).Should().Equal("Virtual threads in production", "Structured concurrency explained");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("Nina Keller", "Luca Bernasconi");
        talks.Select(t => t.Speakers.Single().Affiliation).Should().Equal("Swisscom", "Oracle");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(18, 15), null));
    }

    [Theory]
    [InlineData("14:00-14:30 开场演讲：新版本解析 <br>吴知行  某司 创始工程师、某基金会董事\n\n14:30-15:00 专用数据库的设计<br>高远山 某司 创始工程师\n\n15:00-15:30 茶歇\n")]
    [InlineData("14:00-14:30 开场演讲：新版本解析  \n吴知行  某司 创始工程师、某基金会董事\n\n14:30-15:00 专用数据库的设计  \n高远山 某司 创始工程师\n")]
    public void A_slot_line_with_the_speaker_opening_the_next_line_of_its_paragraph_is_a_talk(string agenda)
    {
        var (talks, _) = TalkFixture.Extract("**峰会议程：**\n\n" + agenda);

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("新版本解析", "吴知行", "某司 创始工程师、某基金会董事"), ("专用数据库的设计", "高远山", "某司 创始工程师"));
        talks[1].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 30), new TimeOnly(15, 0)));
    }

    [Fact]
    public void A_slot_paragraph_followed_by_a_paragraph_opening_with_the_speaker_is_a_talk_under_any_section()
    {
        var (talks, _) = TalkFixture.Extract("# 日程安排\n\n## 开场演讲\n\n09：30-09：50 The year and beyond\n\n吴知行，某司 创始工程师，项目创始人\n\n---\n\n"
            + "## 上午\n\n09：55-10：30 全链路跟踪实践\n\n赵青禾，某房产监控技术负责人\n\n10：35-11：15 在某部门的实践\n\n刘嘉木，某度，contributor\n\n"
            + "11：15-11：55 连接池的监控\n\n张青 某项目 PMC 成员\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("The year and beyond", "吴知行"), ("全链路跟踪实践", "赵青禾"), ("在某部门的实践", "刘嘉木"), ("连接池的监控", "张青"));
        talks[3].Speakers.Single().Affiliation.Should().Be("某项目 PMC 成员");
        talks[2].Slot.Should().Be(new TimeSlot(new TimeOnly(10, 35), new TimeOnly(11, 15)));
    }

    [Fact]
    public void A_slot_line_followed_by_a_sentence_names_no_speaker()
    {
        var (talks, _) = TalkFixture.Extract("## 议程\n\n14:00-14:30 新版本解析<br>本环节介绍新版本的特性。\n\n14:30-15:00 专用数据库的设计<br>本环节介绍数据库。\n");

        talks.Should().NotContain(t => t.Title == "新版本解析" || t.Title == "专用数据库的设计");
    }

    [Fact]
    public void A_time_with_its_seconds_is_a_clock_reading_not_an_agenda_slot()
    {
        var (talks, _) = TalkFixture.Extract("## Log\n\n20:35:52 joined the call — Jane Doe\n20:36:10 left the call — John Roe\n");

        talks.SelectMany(t => t.Speakers).Select(s => s.Name).Should().NotContain(["Jane Doe", "John Roe"]);
    }

    [Fact]
    public void Bracketed_titles_with_a_labelled_speaker_and_a_deck_are_talks_without_a_time()
    {
        var (talks, _) = TalkFixture.Extract("""
            以下是各位讲师的分享资料：

            - 《GitOps 落地三年》 — 讲师：马骏（携程）— [PPT 下载](https://example.org/gitops.pdf)
            - 《平台工程的度量》 讲师：苏雨（小红书）
            """);

        talks.Select(t => t.Title).Should().Equal("GitOps 落地三年", "平台工程的度量");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("马骏", "苏雨");
        talks.Select(t => t.SlidesUrl).Should().Equal("https://example.org/gitops.pdf", null);
    }

    [Theory]
    [InlineData("Daniel Tan, Shopee", "Daniel Tan", "Shopee")]
    [InlineData("Sanne de Vries, Adyen", "Sanne de Vries", "Adyen")]
    [InlineData("金城，小米", "金城", "小米")]
    [InlineData("金城，知乎", "金城", "知乎")]
    public void A_name_and_one_word_after_its_comma_is_one_person_and_the_employer(string value, string name, string employer)
    {
        var people = Bot.Core.Recaps.Talks.SpeakerLine.People(value);

        people.Should().ContainSingle().Which.Should().Match<Speaker>(p => p.Name == name && p.Affiliation == employer);
    }

    [Fact]
    public void Two_full_names_after_a_comma_stay_two_people()
    {
        Bot.Core.Recaps.Talks.SpeakerLine.People("Alice Smith, Bob Jones").Select(p => p.Name).Should().Equal("Alice Smith", "Bob Jones");
    }

    [Theory]
    [InlineData("金城，李想", "金城", "李想")]
    [InlineData("逐灵，忘禅", "逐灵", "忘禅")]
    public void Two_Chinese_names_after_a_comma_stay_two_people(string value, string first, string second)
    {
        Bot.Core.Recaps.Talks.SpeakerLine.People(value).Select(p => p.Name).Should().Equal(first, second);
    }

    [Theory]
    [InlineData("分享一：", "分享二：")]
    [InlineData("议题 1：", "议题 2：")]
    [InlineData("Talk 1: ", "Talk #2 – ")]
    [InlineData("第一个主题： ", "第 2 个议题：")]
    public void The_numbering_of_talk_headings_is_not_part_of_the_title(string first, string second)
    {
        var (talks, _) = TalkFixture.Extract($"""
            ### {first}Python 3.14 的自由线程

            分享人：黄志强（腾讯 高级工程师）

            ### {second}用 Polars 替换 Pandas

            分享人：林晓（某券商 数据工程师）
            """);

        talks.Select(t => t.Title).Should().Equal("Python 3.14 的自由线程", "用 Polars 替换 Pandas");
    }

    [Fact]
    public void A_title_that_opens_with_a_numbered_word_of_its_own_keeps_it()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### Talk 2 Me about meetups

            Speaker: Jane Doe

            ### Talk 3000 ways to fail

            Speaker: John Roe
            """);

        talks.Select(t => t.Title).Should().Equal("Talk 2 Me about meetups", "Talk 3000 ways to fail");
    }

    [Fact]
    public void A_numbered_quoted_title_on_an_agenda_line_is_the_title_alone()
    {
        var (talks, _) = TalkFixture.Extract("**Agenda:**\n\n6:00 - Arrive, eat, mingle\n6:30 - Talk 1: \"Typing your Django app\" - Grace Miller\n7:15 - Talk 2: \"Packaging in 2027\" - Omar Haddad\n8:00 - Wrap up\n");

        talks.Select(t => t.Title).Should().Equal("Typing your Django app", "Packaging in 2027");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("Grace Miller", "Omar Haddad");
    }

    [Fact]
    public void A_speaker_word_set_off_by_a_space_after_a_bracketed_title_names_the_speaker()
    {
        var (talks, _) = TalkFixture.Extract("议程：\n\n14:00 主持人开场\n14:10 《Flink CDC 3.0 的设计》 讲师 张伟 某公司\n15:00 《流批一体的湖仓实践》 讲师 李娜 某银行\n16:00 自由交流\n");

        talks.Select(t => t.Title).Should().Equal("Flink CDC 3.0 的设计", "流批一体的湖仓实践");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("张伟", "李娜");
    }

    [Theory]
    [InlineData("## Building RAG that works by Camille Martin", "## Evaluating LLM apps by Hugo Bernard")]
    [InlineData("### \"Building RAG that works\" — Camille Martin", "### \"Evaluating LLM apps\" — Hugo Bernard (Acme)")]
    public void Headings_that_name_their_speaker_above_an_abstract_are_the_talks(string first, string second)
    {
        var (talks, _) = TalkFixture.Extract($"{first}\n\nCamille shares what went wrong in their first RAG system.\n\n{second}\n\nHow to measure quality beyond vibes.\n");

        talks.Select(t => t.Title).Should().Equal("Building RAG that works", "Evaluating LLM apps");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("Camille Martin", "Hugo Bernard");
    }

    [Fact]
    public void One_heading_naming_someone_is_no_programme()
    {
        var (talks, _) = TalkFixture.Extract("## Thanks to our host by Camille Martin\n\nShe made the room ready.\n\n## Getting there\n\nTake the metro.\n");

        talks.SelectMany(t => t.Speakers).Select(s => s.Name).Should().NotContain("Camille Martin");
    }

    [Theory]
    [InlineData("1. Compose 重组原理 / 分享人：周航\n2. 列表性能调优 / 分享人：吴倩\n")]
    [InlineData("- Compose 重组原理，分享人：周航\n- 列表性能调优，分享人：吴倩\n")]
    public void Items_of_a_title_then_a_speaker_line_after_a_separator_are_talks(string items)
    {
        var (talks, _) = TalkFixture.Extract("分享内容：\n\n" + items);

        talks.Select(t => t.Title).Should().Equal("Compose 重组原理", "列表性能调优");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("周航", "吴倩");
    }

    [Fact]
    public void Names_listed_with_an_enumeration_comma_in_an_agenda_tables_speaker_cell_are_each_a_speaker()
    {
        var (talks, _) = TalkFixture.Extract("| 时间 | 议题 | 讲师 | 公司 |\n| --- | --- | --- | --- |\n| 09:30-10:10 | 云原生十年 | 王明 | 阿里云 |\n| 11:00-11:40 | 多集群管理实践 | 刘强、张丽 | 蚂蚁集团 |\n");

        TalkFixture.Names(talks[1]).Should().Equal("刘强", "张丽");
    }

    [Fact]
    public void A_speaker_column_vouches_for_first_names_short_capitals_a_role_before_the_name_and_a_given_name_first()
    {
        var (talks, _) = TalkFixture.Extract("| Time | Speaker | Topic |\n| --- | --- | --- |\n| 10:00 ~ 10:40 | Acme CTO - Mara Quist | Where payments go next |\n"
            + "| 10:40 ~ 11:10 | Harbor, Quill, Nova | Search at scale |\n| 11:10 ~ 11:40 | Wu QX | Smaller app binaries |\n"
            + "| 11:40 ~ 12:10 | Yu-Ting, Lai | Chat games |\n| 13:00 ~ 13:30 | Everyone | Lightning round |\n| 13:30 ~ 14:00 | ACME | Product news |\n");

        talks.Select(t => string.Join("+", TalkFixture.Names(t))).Should().Equal("Mara Quist", "Harbor+Quill+Nova", "Wu QX", "Yu-Ting, Lai", "", "");
        talks[0].Speakers.Single().Affiliation.Should().Be("Acme CTO");
    }

    [Theory]
    [InlineData("- 5:30 PM — \"Scaling Argo CD to 1,000 clusters\", Wei Chen, Example Corp\n- 6:15 PM — \"eBPF networking deep dive\", Lin Zhao, Example Inc\n")]
    [InlineData("- 17:30 — “Scaling Argo CD to 1,000 clusters”, Wei Chen, Example Corp\n- 18:15 — “eBPF networking deep dive”, Lin Zhao, Example Inc\n")]
    public void A_quoted_title_after_the_hour_then_the_speaker_and_employer_is_a_talk(string agenda)
    {
        var (talks, _) = TalkFixture.Extract("## Agenda\n\n- 5:00 PM — Doors open\n" + agenda + "- 7:00 PM — Networking\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Scaling Argo CD to 1,000 clusters", "Wei Chen"), ("eBPF networking deep dive", "Lin Zhao"));
    }

    [Fact]
    public void Pipe_separated_agenda_items_naming_the_speaker_and_employer_before_the_bracketed_title_are_talks()
    {
        var (talks, _) = TalkFixture.Extract("议程安排：\n\n- 14:00-14:40 | 田甜 | 某银行 | 《调度系统在银行的落地》\n"
            + "- 14:40-15:20 | 郝帅 | 某物流 | 《工作流的容错设计》\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("调度系统在银行的落地", "田甜", "某银行"), ("工作流的容错设计", "郝帅", "某物流"));
        talks[0].Slot!.Start.Should().Be(new TimeOnly(14, 0));
    }

    [Theory]
    [InlineData("分享主题一", "分享主题二")]
    [InlineData("议题 1", "议题 2")]
    [InlineData("1、主题", "2、主题")]
    [InlineData("1. Topic", "2. Topic")]
    public void A_numbered_title_label_in_a_bold_line_opens_a_talk(string first, string second)
    {
        var (talks, _) = TalkFixture.Extract($"**{first}：分布式事务的一致性**\n\n分享嘉宾：雷鸣，某科技 数据库架构师\n\n"
            + $"**{second}：向量检索的实现**\n\n分享嘉宾：白露，某智能 研发工程师\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("分布式事务的一致性", "雷鸣"), ("向量检索的实现", "白露"));
    }

    [Theory]
    [InlineData("- 第一天：Kubernetes 基础（讲师：魏来）\n- 第二天：服务网格入门（讲师：蔡明）\n")]
    [InlineData("- Kubernetes 基础 (Speaker: 魏来)\n- 服务网格入门 (Speaker: 蔡明)\n")]
    public void A_speaker_under_a_label_in_the_closing_bracket_gives_the_talk_and_a_part_label_before_it_is_dropped(string list)
    {
        var (talks, _) = TalkFixture.Extract("## 课程\n\n" + list);

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Kubernetes 基础", "魏来"), ("服务网格入门", "蔡明"));
    }

    [Theory]
    [InlineData("Who's Hiring")]
    [InlineData("Let’s Talk")]
    public void A_phrase_with_an_apostrophe_s_is_no_name(string words)
    {
        Bot.Core.Recaps.Speakers.NameRules.LooksLikeName(words).Should().BeFalse();
        Bot.Core.Recaps.Speakers.NameRules.LooksLikeName("Mary O'Neil").Should().BeTrue();
    }

    [Theory]
    [InlineData("第一天")]
    [InlineData("下午")]
    public void A_part_of_a_programme_is_no_name(string word)
    {
        Bot.Core.Recaps.Speakers.NameRules.LooksLikeName(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("- 10:00 - 10:30 顾言 - 编译器后端的寄存器分配\n- 10:30 - 11:00 陆知行、汪晨 - 开源工具链的验证现状\n- 11:00 - 11:10 自由交流\n")]
    [InlineData("10:00 - 10:30 顾言 - 编译器后端的寄存器分配\n\n10:30 - 11:00 陆知行、汪晨 - 开源工具链的验证现状\n\n11:00 - 11:10 自由交流\n")]
    public void An_agenda_line_may_name_its_people_before_the_dash_and_the_title_after_it(string agenda)
    {
        var (talks, _) = TalkFixture.Extract("## 活动议程\n\n" + agenda);

        talks.Select(t => (t.Title, string.Join("、", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("编译器后端的寄存器分配", "顾言"), ("开源工具链的验证现状", "陆知行、汪晨"));
    }

    [Fact]
    public void A_one_word_handle_before_a_chinese_title_is_the_speaker_and_a_session_kind_or_a_placeholder_before_it_is_no_one()
    {
        var (talks, _) = TalkFixture.Extract("## 议程\n\n- Wei Wu (chair) - 开场介绍\n- Mohanson - 如何把 WASI 程序翻译成本地程序\n"
            + "- MaskRay - 讨论链接器松弛的弊端\n- 闪电：廖春雨 - 在编译器里实现循环变换\n- TBD - 欢迎投稿\n- Free discussion\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("如何把 WASI 程序翻译成本地程序", "Mohanson"), ("讨论链接器松弛的弊端", "MaskRay"), ("在编译器里实现循环变换", "廖春雨"));
    }

    [Fact]
    public void A_colon_inside_a_title_read_by_its_speaker_after_by_names_no_one()
    {
        var (talks, _) = TalkFixture.Extract("## 活动议程\n\n- 示例笔记本原型机：现场上手体验！ by 泽川\n- 基于示例工具构建系统镜像 by 李瑞安\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("示例笔记本原型机：现场上手体验！", "泽川"), ("基于示例工具构建系统镜像", "李瑞安"));
    }

    [Fact]
    public void Lists_under_one_heading_parted_by_a_line_are_one_programme_and_a_list_under_another_heading_is_not()
    {
        var (talks, _) = TalkFixture.Extract("## Program\n\n(first half, streamed)\n\n- Wei Wu - Recent progress in RISC-V\n- Ning Shi - An optimising compiler\n- Free discussion\n\n"
            + "(second half, offline only)\n\n- Jia Chen - As a newbie in GCC development\n- Wei Wu - Open source in China\n\n"
            + "## Past meetups\n\n- Mo Han - Translating WASI programs\n- Li Wang - Linker relaxation\n");

        talks.Select(t => t.Title).Should().Equal(
            "Recent progress in RISC-V", "An optimising compiler", "As a newbie in GCC development", "Open source in China");
    }

    [Fact]
    public void A_title_then_a_name_after_the_dash_keeps_that_order()
    {
        var (talks, _) = TalkFixture.Extract("## Program\n\n- Cloud Native Storage - Jane Doe\n- Observability at Scale - John Smith\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Cloud Native Storage", "Jane Doe"), ("Observability at Scale", "John Smith"));
    }

    [Fact]
    public void One_paragraph_of_hard_broken_lines_with_a_bold_line_per_talk_reads_as_the_blocks_it_stands_for()
    {
        var (talks, _) = TalkFixture.Extract("【活动议程】  \n签到：13:30 - 14:00  \n**1. 14:00-14:40 事件循环入门**  \n演讲人：王一，资深开发者，负责游戏服务端。  \n" +
            "**2. 14:40-15:20 敏捷开发小演示**  \n演讲人：刘二，Web 后台开发者。  \n**3. 15:20 - 15:40 Q&A**\n");

        talks.Select(t => t.Title).Should().Equal("事件循环入门", "敏捷开发小演示");
        talks.Select(t => t.Speakers.Single().Name).Should().Equal("王一", "刘二");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 0), new TimeOnly(14, 40)), "the item number comes before the slot");
    }

    [Fact]
    public void Items_of_a_title_a_colon_and_people_with_their_employer_in_brackets_are_talks_and_organisers_are_not()
    {
        var (talks, _) = TalkFixture.Extract("## 话题\n\n- 使用 Go 构建编排工具 ：王五（示例网）\n- 容器生态社区：喻一（某云）\n"
            + "- 架构浅析与轻量级 PaaS ：孙二/陈三（某大学）\n- 话题征集中……\n\n## 活动组织\n\n- 主办方：示例社区、某大学\n- 协办方：某云、开源社\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("使用 Go 构建编排工具", "王五"), ("容器生态社区", "喻一"), ("架构浅析与轻量级 PaaS", "孙二,陈三"));
    }

    [Theory]
    [InlineData("Senior Principal Solution Architect, Example Search")]
    [InlineData("Head of Analytics Sales for US East")]
    [InlineData("Developer Advocate, Example Project")]
    public void A_person_then_their_job_after_a_dash_is_no_talk(string job)
    {
        var (talks, _) = TalkFixture.Extract("*Speakers*\n\n- Jon Handler - " + job + "\n- Karla Ferry - " + job + "\n");

        talks.Select(t => t.Title).Should().NotContain(job);
    }

    [Theory]
    [InlineData("### _Talk_: Chuck Norris vs AI - Zvi Boshernitzan")]
    [InlineData("### Talk: Chuck Norris vs AI - Zvi Boshernitzan")]
    public void One_heading_labelled_as_a_talk_names_its_presenter_after_the_dash(string heading)
    {
        var (talks, _) = TalkFixture.Extract($"## June Meetup - June 4, 2030\n\n{heading}\n\nI will share my journey through a first project with text embeddings.\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(("Chuck Norris vs AI", "Zvi Boshernitzan"));
    }

    [Fact]
    public void One_unlabelled_heading_with_a_dash_names_nobody()
    {
        var (talks, _) = TalkFixture.Extract("## June Meetup - June 4, 2030\n\n### Spring Boot - Getting Started\n\nWe start from an empty project.\n");

        talks.SelectMany(t => t.Speakers).Should().BeEmpty();
    }
}
