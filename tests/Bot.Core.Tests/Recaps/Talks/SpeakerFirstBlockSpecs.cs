namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Talk blocks that name the speaker before the title label, on pages written for these specs.</summary>
public sealed class SpeakerFirstBlockSpecs
{
    private const string Head = "时间：2026年12月27日 14:00～17:30\n\n地点：广州市天河区华夏路 10 号 30 楼\n\n## 嘉宾与议题\n\n";

    [Fact]
    public void A_speaker_line_before_the_topic_label_in_one_block_names_that_topics_speaker()
    {
        var talks = Talks("**嘉宾：李然** 某电商 数据平台负责人\n**议题：** 湖仓一体架构在电商的落地\n\n"
            + "**嘉宾：周舟** 某游戏 大数据工程师\n**议题：** 实时数仓的成本优化\n\n**嘉宾：何夕** 某出行 高级工程师\n**议题：** 数据质量治理实践\n");

        talks.Should().Equal("湖仓一体架构在电商的落地|李然", "实时数仓的成本优化|周舟", "数据质量治理实践|何夕");
    }

    [Fact]
    public void Speakers_in_paragraphs_of_their_own_before_the_topic_label_all_belong_to_it()
    {
        var talks = Talks("讲师：李然，某电商 数据平台负责人\n\n讲师：孔明，某电商 工程师\n\n议题：湖仓一体架构在电商的落地\n\n"
            + "讲师：周舟，某游戏 大数据工程师\n\n议题：实时数仓的成本优化\n");

        talks.Should().Equal("湖仓一体架构在电商的落地|李然,孔明", "实时数仓的成本优化|周舟");
    }

    [Fact]
    public void A_page_that_names_talks_title_first_keeps_its_pairs_when_a_guest_line_opens_it()
    {
        var talks = Talks("嘉宾：陈默，某社区 运营\n\n议题：湖仓一体架构在电商的落地\n\n讲师：李然，某电商 数据平台负责人\n\n"
            + "议题：实时数仓的成本优化\n\n讲师：周舟，某游戏 大数据工程师\n");

        talks.Should().Equal("湖仓一体架构在电商的落地|李然", "实时数仓的成本优化|周舟");
    }

    [Fact]
    public void An_unlabelled_person_line_above_a_bio_a_photo_and_the_time_names_the_next_topics_speaker()
    {
        var talks = Talks("![4](/image/5.png)\n\n袁洪军 某零售 大数据专家、OLAP 平台架构师\n\n多年大数据平台研发管理经验，在数据治理等领域有丰富经验\n\n"
            + "演讲时间：14:00-14:40\n\n演讲题目：数据集成在零售的应用实践\n\n演讲概要：如何实现高效数据推送？\n\n![6](/image/6.png)\n\n"
            + "范佳 某开源公司  高级工程师 Example Contributor\n\n演讲时间： 14:40-15:20\n\n演讲题目： 批量导入的实现\n\n演讲概要： 通过扩展连接器实现。\n");

        talks.Should().Equal("数据集成在零售的应用实践|袁洪军", "批量导入的实现|范佳");
    }

    [Fact]
    public void A_heading_that_names_a_person_above_a_topic_label_is_that_topics_speaker()
    {
        var talks = Talks("### 陆川｜某银行 DevOps 负责人\n\n**分享主题**：银行核心系统的持续交付\n\n"
            + "### 邵雪｜某科技 平台工程师\n\n**分享主题**：内部开发者平台的建设\n");

        talks.Should().Equal("银行核心系统的持续交付|陆川", "内部开发者平台的建设|邵雪");
    }

    [Fact]
    public void A_list_item_that_links_its_person_before_a_dash_and_the_title_names_that_talks_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"Notes from the January meetup\"\ndate: 2030-01-22",
            "**WHEN:** Tuesday January 17th 2030 @ 18:30\n\n## Lightning talks\n\nAfter a short break for pizza.\n\n"
            + " * _[Jane Doe](https://example.org/jane)_ - [Rails asset pipeline](https://example.org/slides/1)\n"
            + " * [John Roe](https://example.org/john) - [Debugging in the trenches](https://example.org/gist/2)\n\n"
            + "## News\n\n * [GeoRails tutorial](https://example.org/geo) - Daniel Azuma has been presenting a tutorial.\n")).Event!;

        e.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "Rails asset pipeline|Jane Doe", "Debugging in the trenches|John Roe");
    }

    [Theory]
    [InlineData("* Peter Example on [package management](package_management)\n* Jane Doe on [Rust macros](rust_macros)\n")]
    [InlineData("* Peter Example on package management\n* Jane Doe on Rust macros\n")]
    public void Meeting_notes_that_list_who_spoke_on_what_give_each_talk_its_speaker(string list)
    {
        var e = Pages.Parse($"# 2030-06-24\n\n{list}\nThe meeting on cloud backups was moved.\n", "2030-06-24.md").Event!;

        e.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "package management|Peter Example", "Rust macros|Jane Doe");
    }

    [Fact]
    public void A_slide_label_before_a_colon_in_a_list_of_talks_is_no_speaker_but_gives_the_linked_talk_its_deck()
    {
        var e = Pages.Parse(Pages.With("title: \"示例大会南宁场回顾\"\ndate: 2030-10-19",
            "### 流水帐\n\n- 使用 Pytorch 进行人流量分析\n    + 姜原, 某公司研发工程师\n    + 录音: [a.mp3](https://example.org/a.mp3)\n"
            + "- MicroPython 在硬件开发中的应用\n    + 黄盈樟 ~ 硬件极客\n    + 录音: [b.mp3](https://example.org/b.mp3)\n"
            + "- 幻灯: [高龄程序猿自救指北](https://slides.example.org/nn.html)\n    + 大妈自己超时6分钟\n")).Event!;

        e.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}|{t.SlidesUrl}").Should().Equal(
            "使用 Pytorch 进行人流量分析|姜原|", "MicroPython 在硬件开发中的应用|黄盈樟|", "高龄程序猿自救指北||https://slides.example.org/nn.html");
    }

    [Fact]
    public void A_name_colon_list_reads_each_linked_title_as_the_talk_and_its_deck_without_the_bracket_of_other_links()
    {
        var e = Pages.Parse(Pages.With("title: \"第一届示例语言会议纪要\"\ndate: 2030-12-16\nauthor: 谢某某",
            "2030年12月13日，会议在示例大学召开。\n\n# 会议概况\n\n## 参会单位\n\n本次会议吸引了近70家单位参加，参会单位有：\n\n"
            + "  * 高校：甲大学、乙大学、丙大学、丁大学、戊大学、己大学、庚大学\n  * 出版社：某某出版社\n\n# 论文和演讲\n\n以下是会议演讲材料：\n\n"
            + "  * 谢某某：[会议介绍](https://example.org/intro.pdf)（[R代码](https://example.org/intro.txt)）\n"
            + "  * 丁某：示例的那些事儿\n"
            + "  * 刘某某：[153分钟学会示例](https://example.org/learn.ppt)\n"
            + "  * 李某：[基于网页的应用](https://blog.example.org/web \"作者的日志\")（[在线文档](https://docs.example.org/p)）\n")).Event!;

        e.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}|{t.SlidesUrl}").Should().Equal(
            "会议介绍|谢某某|https://example.org/intro.pdf", "示例的那些事儿|丁某|", "153分钟学会示例|刘某某|https://example.org/learn.ppt",
            "基于网页的应用|李某|");
    }

    private static string[] Talks(string body) =>
        [.. Pages.Parse(Pages.With("title: \"示例大数据技术沙龙 第 9 期\"\ndate: 2026-12-05", Head + body)).Event!.Talks
            .Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}")];
    [Theory]
    [InlineData("**{0}**")]
    [InlineData("<strong>{0}</strong>")]
    public void A_bold_person_line_then_a_bio_then_a_title_label_is_one_talk_block(string bold)
    {
        string B(string text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, bold, text);
        var e = Pages.Parse(Pages.With("title: '示例 Meetup 广州站'\ndate: '2020-12-19'",
            "### 时间\n\n2020-12-19 14:00 -17:00\n\n### 演讲嘉宾\n\n" + B("熊凯 某数据产品行销部总经理") + "\n\n个人简介：长期从事数据库的产品管理工作。\n\n"
            + B("议题题目：携手示例，专注做好数据库。") + "\n\n![](a.png)\n\n" + B("罗琪 示例产品规划总监") + "\n\n个人简介：长期从事数据库管理系统。\n\n"
            + B("演讲题目：国产数据库的春天在哪里") + "\n\n演讲简介：探讨数据库的历史机遇与挑战。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("携手示例，专注做好数据库。", "熊凯"), ("国产数据库的春天在哪里", "罗琪"));
    }
}
