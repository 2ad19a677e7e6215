using Bot.Core.Recaps.Talks;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>A conference recap that puts each talk under its own heading and the speaker on the first line below it,
/// by name alone or with the romanised name and employer, on pages written for these specs.</summary>
public sealed class NameUnderTitleSpecs
{
    private const string Front = "title: \"示例可观测性峰会 2023 上海\"\ndate: 2023-11-14";

    [Fact]
    public void A_bare_name_bullet_under_each_talk_heading_is_its_speaker_and_a_PDF_bullet_its_deck()
    {
        var e = Pages.Parse(Pages.With(Front,
            "会议时间：2023年11月4日 全天\n\n# 会议议程与 PDF\n\n## 新版本的五个特性\n* 吴知行\n* [PDF](wu.pdf)\n\n"
            + "## 用 Terraform 快速部署集群   \n* 柯青禾\n* [PDF](ke.pdf)\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.SlidesUrl)).Should().Equal(
            ("新版本的五个特性", "吴知行", "wu.pdf"), ("用 Terraform 快速部署集群", "柯青禾", "ke.pdf"));
    }

    [Fact]
    public void A_name_followed_by_its_romanisation_and_employer_names_the_speaker_with_the_romanisation_as_an_alias()
    {
        var e = Pages.Parse(Pages.With(Front,
            "## Date\nJune 12th, 2021\n\n## Sessions\n\n#### 可观测性的全景图\n- 吴知行 Zhixing Wu. 某司创始工程师，项目创始人。\n\n本次分享的摘要。\n\n"
            + "#### 时序数据库的数据模型\n- 高远山 Yuanshan Gao，某司 SRE。\n\n#### Other speakers\n- 柯青禾 Qinghe Ke，某司 SRE。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("可观测性的全景图", "吴知行"), ("时序数据库的数据模型", "高远山"));
        e.Talks[0].Speakers.Single().Aliases.Should().Equal("Zhixing Wu");
    }

    [Fact]
    public void A_heading_that_is_the_speakers_name_above_their_bio_is_no_talk_title()
    {
        var e = Pages.Parse(Pages.With("title: \"[视频] 示例学院 - 方法级性能剖析\"\ndate: 2020-08-13\ndescription: \"由示例社区主办的线上直播分享。\"",
            "## 吴知行\n\n吴知行，某基金会会员，某项目创始人。\n\n## 分享大纲\n\n1. 背景\n2. 方法\n")).Event!;

        e.Talks.Should().NotContain(t => t.Title == "吴知行");
    }

    [Fact]
    public void A_recap_that_names_each_talks_speaker_in_bold_as_it_tells_the_talk_gives_that_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"第一届示例 Meetup 上海站回顾\"\ndate: \"2025-11-30\"",
            "11 月 30 日，首场示例 Meetup 在上海圆满结束。\n\n## 技术分享回顾\n\n### 从 2.7 到 2.8 的版本演进\n\n![演进](a.png)\n\n"
            + "示例项目核心 Maintainer **李青** 介绍了从 2.7.0 到 2.8.0 的能力演进：\n\n- 调度原因可视化\n\n### 虚拟 GPU 的落地实践\n\n"
            + "某股份云原生基础架构专家 **郭远** 分享了虚拟 GPU 在社区的落地实践：\n\n**核心能力：**\n\n- 显存按需配置\n\n## PPT 分享\n\n"
            + "PPT 下载链接：[示例 Meetup 上海站 PPT 合集](https://example.org/meetup/01-shanghai)\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("从 2.7 到 2.8 的版本演进", "李青"), ("虚拟 GPU 的落地实践", "郭远"));
    }

    [Fact]
    public void A_recap_that_names_each_speaker_between_their_role_and_a_verb_of_speaking_gives_that_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"第二届示例 Meetup 北京站回顾\"\ndate: \"2025-12-27\"",
            "12 月 27 日，示例 Meetup 北京站圆满落幕。\n\n## 主题分享\n\n### 设备插件新功能\n\n![新功能](a.webp)\n\n"
            + "某范式平台工程师 James 介绍了设备插件与调度器的集成。\n\n### 国产算力适配\n\n某智联研发工程师、示例 Reviewer 欧阳青分享了工程实践。\n\n"
            + "### 推理集群实践\n\n某平台开发工程师王妮也分享了落地经验。\n\n### 版本特性\n\n某科技联合创始人、示例 Maintainer **李青** 首次公开了新版本的特性：\n\n"
            + "## 交流环节\n\n现场围绕虚拟化展开了热烈讨论。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("设备插件新功能", "James", "某范式平台工程师"), ("国产算力适配", "欧阳青", "某智联研发工程师、示例 Reviewer"),
            ("推理集群实践", "王妮", "某平台开发工程师"), ("版本特性", "李青", "某科技联合创始人、示例 Maintainer"));
    }

    [Theory]
    [InlineData("海光信息研发工程师王忠勤分享了 DCU 的虚拟化实践。", "王忠勤")]
    [InlineData("某社区 Maintainer 李孟轩介绍了项目的演进。", "李孟轩")]
    [InlineData("李孟轩介绍了项目的演进。", "李孟轩")]
    [InlineData("某公司 CTO 张三为大家带来了主题分享。", "张三")]
    [InlineData("Example Cloud Developer Advocate Jane Doe introduced… 某基金会布道师 Jane Doe 分享了", "Jane Doe")]
    [InlineData("某云高级架构师孔令飞在大会上分享了示例 DevOps 最佳实践", "孔令飞")]
    [InlineData("某云示例技术专家王俊杰在 GMTC 全球大前端技术大会分享了前端工程化", "王俊杰")]
    [InlineData("本次直播，某云高级产品经理张远哲将分享开发者工具建设", "张远哲")]
    [InlineData("开场演讲的某国际科技 Engineering 负责人李晓蕾（Sherry Lee），介绍了出海业务的难点。", "李晓蕾")]
    [InlineData("某集团高级技术专家、示例项目发起人及负责人——朵晓东分享了项目的背景。", "朵晓东")]
    public void A_sentence_names_the_person_between_their_roles_and_a_verb_of_speaking(string sentence, string name)
    {
        ProseSpeaker.NamedBeforeVerb(sentence)?.Name.Should().Be(name);
        ProseSpeaker.NamedBeforeVerb(sentence).Should().NotBeNull();
    }

    [Theory]
    [InlineData("现场围绕 GPU 虚拟化展开了热烈讨论。")]
    [InlineData("技术专家团队分享了经验。")]
    [InlineData("Keith Chan 在开场分享中提到：AI 的发展正在转向基础设施。")]
    [InlineData("本次活动介绍了项目的演进。")]
    [InlineData("某社区 HAMi 介绍了项目的演进。")]
    [InlineData("活动结束后，工程师们分享了心得。")]
    [InlineData("示例社区负责人齐天在致辞中回顾了社区的七年历程。")]
    [InlineData("首先，由示例数据库领域总经理胡青为大家带来开场致辞。")]
    [InlineData("本次活动——现场分享了很多经验。")]
    public void A_sentence_without_a_person_before_its_verb_of_speaking_names_nobody(string sentence)
    {
        ProseSpeaker.NamedBeforeVerb(sentence).Should().BeNull();
    }

    [Fact]
    public void A_bold_word_under_a_talk_heading_that_no_verb_of_speaking_follows_names_nobody()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup 回顾\"\ndate: \"2025-11-30\"",
            "时间：2025 年 11 月 30 日 14:00\n\n### 版本演进\n\n来自 **蔚蓝** 的用户很多。\n\n### 落地实践\n\n**郭远** 是谁并不重要。\n"));

        (page.Event?.Talks ?? []).SelectMany(t => t.Speakers).Select(s => s.Name).Should().NotContain(["蔚蓝", "郭远"]);
    }

    [Fact]
    public void A_video_shortcode_between_a_talk_heading_and_its_speaker_line_is_passed_over()
    {
        var e = Pages.Parse(Pages.With(Front,
            "本次活动于 2023 年 4 月 22 日在北京举行。\n\n## 构建监控大盘 -- 基于原生查询语言\n\n{{< bilibili BV1ms4y1d7NF >}}\n\n万青，某司\n\n"
            + "## 时序数据库的设计\n\n{{< bilibili BV1ms4y1d7NG >}}\n\n高远山，某司 SRE\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("构建监控大盘 -- 基于原生查询语言", "万青"), ("时序数据库的设计", "高远山"));
    }

    [Fact]
    public void A_guests_label_alone_above_a_list_names_each_bullet_and_the_moderators_bullet_too()
    {
        var e = Pages.Parse(Pages.With(Front,
            "本次活动于 2023 年 4 月 22 日在北京举行。\n\n## 圆桌讨论：可观测性的现状及趋势\n\n{{< bilibili BV1is4y1d7gd >}}\n\n嘉宾\n"
            + "- 罗青山，主持人\n- 吴知行，某司创始工程师\n- 向远，某科技研发 VP\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("罗青山", "吴知行", "向远");
    }

    [Fact]
    public void Headings_that_end_with_the_speakers_Chinese_name_after_a_space_are_the_programme()
    {
        var e = Pages.Parse(Pages.With("title: \"示例开源大会 2023 亚洲\"\ndate: 2023-08-20",
            "示例大会是基金会的官方全球系列大会。\n\n## 自动探针的实践 刘青\n\n追踪技术的介绍。\n\n[B站视频地址](https://www.bilibili.com/video/BV1U8411v71k)\n\n"
            + "## 一个高扩展性的追踪数据库 高远山\n\n数据库的介绍。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("自动探针的实践", "刘青"), ("一个高扩展性的追踪数据库", "高远山"));
    }

    [Fact]
    public void A_heading_whose_last_word_is_a_thing_names_no_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"示例工作坊 #0\"\ndate: 2023-08-20",
            "时间：2023 年 8 月 20 日 14:00\n\n## Conda 虚拟环境 与 python 依赖包\n\n内容。\n\n## 我们的开源 课程 老师\n\n内容。\n")).Event!;

        e.Talks.SelectMany(t => t.Speakers).Select(s => s.Name).Should().NotContain(["依赖包", "老师"]);
    }

    [Theory]
    [InlineData("吴知行", "吴知行", null)]
    [InlineData("- 高远山，某司 SRE", "高远山", "某司 SRE")]
    [InlineData("吴知行 Zhixing Wu. 某司工程师", "吴知行", "某司工程师")]
    [InlineData("陈青：某框架社区专家", "陈青", "某框架社区专家")]
    public void A_line_that_opens_with_a_Chinese_name_names_that_person(string line, string name, string? affiliation)
    {
        var speaker = SpeakerLine.OpensWithChineseName(line);

        (speaker?.Name, speaker?.Affiliation).Should().Be((name, affiliation));
    }

    [Theory]
    [InlineData("张三是某司的工程师")]
    [InlineData("本次分享的摘要")]
    [InlineData("吴知行 负责了这个项目")]
    [InlineData("往期：第一期")]
    [InlineData("布展人：某社区")]
    [InlineData("任务领取：在登记表中认领任务")]
    [InlineData("近期，某云在杭州举办了开发者 Meetup")]
    public void A_sentence_that_opens_with_a_name_or_a_phrase_names_nobody(string line)
    {
        SpeakerLine.OpensWithChineseName(line).Should().BeNull();
    }
    [Theory]
    [InlineData("张鑫 某项目 PMC 成员", "张鑫", "某项目 PMC 成员")]
    [InlineData("赵青禾，某司基础架构部", "赵青禾", "某司基础架构部")]
    [InlineData("Jane Doe, Example Cloud", "Jane Doe", "Example Cloud")]
    [InlineData("Jane Doe | Example Cloud", "Jane Doe", "Example Cloud")]
    [InlineData("昝青/某司/大数据工程师", "昝青", "某司/大数据工程师")]
    public void The_line_under_an_agenda_slot_names_its_person_with_the_affiliation(string line, string name, string affiliation)
    {
        var speaker = SpeakerLine.UnderSlot(line);

        (speaker?.Name, speaker?.Affiliation).Should().Be((name, affiliation));
    }

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("茶歇与自由交流")]
    [InlineData("张三是某司的工程师")]
    [InlineData("Welcome, everyone")]
    [InlineData("近期，某云在杭州举办了开发者 Meetup")]
    public void A_line_under_an_agenda_slot_without_a_person_and_an_affiliation_names_nobody(string line)
    {
        SpeakerLine.UnderSlot(line).Should().BeNull();
    }
    [Fact]
    public void Speaker_lines_with_long_affiliations_under_each_talk_heading_name_all_its_speakers()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Summit Europe 2030: Schedule Announced\"\ndate: 2030-04-11",
            "Example Summit Europe 2030 takes place virtually on May 23rd, 2030.\n\n### Building a Full Lifecycle Streaming Data Pipeline\n\n"
            + "Tim Spann, Principal Developer Advocate for Data in Motion, Example Cloud\n\n"
            + "David Kjerr, Systems Engineer, Developer Advocate and Author of \"Streaming in Action\", Example Native\n\n"
            + "In this session the speakers will build a pipeline.\n\n### Finance - A Tale of a Migration \n\n"
            + "Zhenlu Wu, Professional teacher of the Department of Internet of Things Engineering, Example Ocean University\n\n"
            + "In this talk, Streaming Pipelines, the toolbox of many teams, are shown in detail. They move data from many sources.\n")).Event!;

        e.Talks.Select(t => (t.Title, string.Join(" + ", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Building a Full Lifecycle Streaming Data Pipeline", "Tim Spann + David Kjerr"), ("Finance - A Tale of a Migration", "Zhenlu Wu"));
    }
    [Fact]
    public void A_one_session_page_without_a_speaker_line_takes_the_speaker_its_description_names()
    {
        var e = Pages.Parse(Pages.With("title: 云函数开发者工具实操 - 直播课\ndescription: 本次直播，某云高级产品经理张远哲将分享示例的开发者工具建设\n"
            + "date: 2019-08-28\nauthors:\n  - 示例中文网",
            "直播将于 8 月 28 日 19:00 开始，扫码预约。\n\n## 免费试用计划\n\n名额已开放。\n")).Event!;

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(("云函数开发者工具实操", "张远哲"));
    }

    [Fact]
    public void A_bio_label_under_a_title_that_names_no_one_names_the_speaker_it_opens_with_beside_an_agenda_table_of_titles()
    {
        var (talks, _) = TalkFixture.Extract("## 演讲主题介绍\n![](/images/a.png)\n### 《Reactive - Modern Web App Development》\n**讲师介绍:** 荆一，某大学计算机硕士，多年软件开发经验。\n"
            + "**主题介绍:** 主要介绍框架的特点。\n\n![](/images/b.png)\n### 《React 同构直出优化》\n**讲师介绍:** 郭二，某司前端团队，专注于性能优化。\n**主题介绍:** 分享实战经验。\n\n"
            + "## 活动流程\n\n| 时间 | 安排 |\n| --- | --- |\n| 14:30 - 15:15 | 《Reactive - Modern Web App Development》 |\n| 15:15 - 16:00 | 《React 同构直出优化》 |\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Reactive - Modern Web App Development", "荆一"), ("React 同构直出优化", "郭二"));
    }

    [Theory]
    [InlineData("主题1", "主题2")]
    [InlineData("议题一", "议题二")]
    [InlineData("Talk #1", "Talk #2")]
    public void A_heading_that_only_numbers_a_talk_takes_its_title_from_the_line_below(string first, string second)
    {
        var (talks, _) = TalkFixture.Extract($"# 主题详细信息\n\n## {first}\n《Deep Learning 101》\n\n### 演讲者\n**刘一**, 某框架 Committer\n\n### 简介\n入门讲解。\n\n"
            + $"## {second}\n《Miracast 与 Linux》\n\n### 演讲者\n**Derek 呆**, Linux 玩家, 目前就职于某科技.\n\n### 简介\n无线显示。\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(("Deep Learning 101", "刘一"), ("Miracast 与 Linux", ""));
    }

    [Fact]
    public void A_linked_name_with_a_colon_or_says_above_a_quoted_abstract_names_the_speaker_but_a_han_label_does_not()
    {
        var (talks, _) = TalkFixture.Extract("Agenda\n------\n\n## RSpec - Level Up\n\n[Jon Rowe](https://example.org/jon):\n\n>You know how to write tests; this is a run through of lesser known features.\n\n"
            + "## Representations count\n\n[Tom Stuart](https://example.org/tom) says:\n\n>How do you implement negative numbers elegantly?\n\n"
            + "## One More Thing\n\n传送门：\n\n- [GitHub](https://example.org/gh)\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("RSpec - Level Up", "Jon Rowe"), ("Representations count", "Tom Stuart"));
    }

    [Fact]
    public void A_list_item_title_takes_its_speaker_from_the_person_on_its_first_nested_bullet()
    {
        var (talks, _) = TalkFixture.Extract("### 流水帐:\n\n- 暖场\n    + 录音: [a.MP3](http://example.org/a.MP3)\n    + 开场\n"
            + "- 使用 Pytorch 和 Yolo 进行人流量分析\n    + 姜原, 某司研发工程师\n    + 录音: [b.MP3](http://example.org/b.MP3)\n"
            + "- MicroPython 在硬件开发中的应用\n    + 黄盈樟, 某司工程师\n    + 录音: [c.MP3](http://example.org/c.MP3)\n"
            + "- 现场气氛很好\n    + 录音: [d.MP3](http://example.org/d.MP3)\n    + 方圆, 某司\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("使用 Pytorch 和 Yolo 进行人流量分析", "姜原"), ("MicroPython 在硬件开发中的应用", "黄盈樟"));
    }

    [Fact]
    public void A_nested_bullet_of_a_name_and_its_employer_in_brackets_names_the_speaker_of_the_title_above()
    {
        var (talks, _) = TalkFixture.Extract("## Speakers\n\n- Multi-cluster service mesh in practice\n  - Charles Pretzel (Buoyant)\n"
            + "- Policy as code for small teams\n  - Jane Doe (Acme Corp)\n- Pizza and drinks\n  - (sponsored)\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("Multi-cluster service mesh in practice", "Charles Pretzel", "Buoyant"), ("Policy as code for small teams", "Jane Doe", "Acme Corp"));
    }

    [Fact]
    public void An_item_s_next_line_that_opens_with_by_names_the_people_of_the_title_above_it_first_names_included()
    {
        var (talks, _) = TalkFixture.Extract("## Schedule\n\n   * Diving Deep into Dictionaries (20 min)\n     by Naren\n\n"
            + "   * Networking Tea Break (30 min)\n     Sponsored by Example Labs\n\n   * Demystifying Imports (20 min)\n     by Jane Doe and Ravi\n\n"
            + "   * Lightning Talks (20 min)\n");

        talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Diving Deep into Dictionaries", "Naren"), ("Demystifying Imports", "Jane Doe,Ravi"));
    }

    [Fact]
    public void A_nested_list_under_a_part_of_the_programme_is_its_talks()
    {
        var (talks, _) = TalkFixture.Extract("## 议程\n\n- 技术分享\n  - 存储引擎的设计取舍 - 张三\n  - 竞赛算法在工程中的应用 - 李四\n"
            + "  - 浅谈 rusage 与 rlimit - 王五\n- 交流讨论\n\n## 地点\n\n- 线下：大学生活动中心\n- 线上：飞书会议\n  - 与会链接：https://example.org/j/1\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("存储引擎的设计取舍", "张三"), ("竞赛算法在工程中的应用", "李四"), ("浅谈 rusage 与 rlimit", "王五"));
    }

    [Fact]
    public void A_list_nested_under_a_programme_label_inside_another_part_is_its_talks()
    {
        var (talks, _) = TalkFixture.Extract("* 时间：10 月 22 号（周六）下午 2:00 - 6:00\n* 地点：某咖啡馆\n* 活动内容：\n  + 主题演讲：\n"
            + "    - 王勇（阿勇）：《下一个桌面版本》\n    - Jactry：《谁在贡献开源？》\n  + 自由交流\n  + 抽奖\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("下一个桌面版本", "王勇"), ("谁在贡献开源？", "Jactry"));
    }

    [Fact]
    public void A_nested_list_under_a_label_holds_its_values_not_talks()
    {
        var (talks, _) = TalkFixture.Extract("## Join\n\n- Meeting ID: 921 2210 8978\n- Dial-in numbers:\n  - India: 000 800 050 5050 (Toll Free)\n"
            + "    - or 000 800 040 1530 (Toll Free)\n  - United Kingdom: +44 208 080 6591\n    - or +44 208 080 6592\n");

        talks.Should().BeEmpty();
    }

    [Fact]
    public void A_one_word_handle_after_the_dash_of_a_chinese_or_linked_title_is_its_speaker_and_a_sites_name_is_not()
    {
        var (talks, _) = TalkFixture.Extract("## 议程\n\n- 古南邮掌握 io_uring 的神 (io_uring + java) - dreamlike\n- 竞赛算法在工程中的应用- Sy11\n"
            + "- [Head First GNU/Emacs](./head-first-emacs) - Moroshima\n");
        var (videos, _) = TalkFixture.Extract("## 视频回看\n\n1. [源码学习之 Source Code Overview - YouTube](https://youtu.be/x)\n"
            + "2. [源码学习之 Source Code Overview - Bilibili](https://www.bilibili.com/video/av1/)\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("古南邮掌握 io_uring 的神 (io_uring + java)", "dreamlike"), ("竞赛算法在工程中的应用", "Sy11"), ("Head First GNU/Emacs", "Moroshima"));
        videos.Should().NotContain(t => t.Speakers.Any(s => s.Name == "YouTube" || s.Name == "Bilibili"));
    }

    [Fact]
    public void A_one_talk_list_under_the_heading_just_before_the_first_kept_list_opens_the_programme()
    {
        var (talks, _) = TalkFixture.Extract("## March 15 Meeting Schedule\n\n#### Lightning Talk\n\n- Jane Example (Example Radiology) - Word Clouds\n\n"
            + "#### Use Case Talks\n\n- Aaron Example (Example Radiology) - My First Shiny App\n- Dave Example (Example University) - RStudio Projects\n");
        var (apart, _) = TalkFixture.Extract("## Venue\n\n- Example Hall (Example University) - Room 121E\n\n## About\n\nWe meet monthly.\n\n## Talks\n\n"
            + "#### Lightning\n\n- Aaron Example (Example Radiology) - My First Shiny App\n- Dave Example (Example University) - RStudio Projects\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Word Clouds", "Jane Example"), ("My First Shiny App", "Aaron Example"), ("RStudio Projects", "Dave Example"));
        apart.Select(t => t.Title).Should().Equal("My First Shiny App", "RStudio Projects");
    }
}
