using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>An agenda item whose bold title has the speaker's bold name opening the line below it, on a page written
/// for these specs.</summary>
public sealed class BoldNameLineSpecs
{
    [Fact]
    public void A_bold_name_opening_the_line_under_a_bold_title_is_its_speaker_and_the_rest_their_affiliation()
    {
        var e = Pages.Parse(Pages.With("title: \"示例可观测性沙龙 北京\"\ndate: 2026-12-03",
            "📅 时间：2026 年 12 月 26 日 周六 下午 1:30 - 5:30\n📍 地点：北京市海淀区中关村大街 11 号 12 层\n\n## 议程\n\n"
            + "1. **OpenTelemetry 在大型企业的落地**\n   **贺军** 某保险 SRE 负责人\n2. **日志系统的降本实践**\n   **文静** 某视频 高级工程师\n"
            + "3. **用 LLM 分析告警**\n   **汤姆·李** 某科技 算法工程师\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("OpenTelemetry 在大型企业的落地", "贺军", "某保险 SRE 负责人"), ("日志系统的降本实践", "文静", "某视频 高级工程师"),
            ("用 LLM 分析告警", "汤姆·李", "某科技 算法工程师"));
    }

    [Fact]
    public void A_bold_phrase_under_a_bold_title_that_names_nobody_makes_no_talk()
    {
        var e = Pages.Parse(Pages.With("title: \"示例可观测性沙龙 北京\"\ndate: 2026-12-03",
            "时间：2026 年 12 月 26 日 13:30 - 17:30\n\n**本次亮点**\n**全部免费** 名额有限\n")).Event!;

        e.Talks.Should().BeEmpty();
    }

    [Fact]
    public void Bold_recap_lines_naming_the_speaker_their_employer_in_brackets_and_the_talk_are_the_programme()
    {
        var e = Pages.Parse(Pages.With("title: \"第三届示例网格 Meetup 杭州站回顾\"\ndate: 2019-07-30T19:08:31+08:00\nauthor: \"宋明远\"",
            "2019年7月28日，周日，杭州某某大厦。\n\n**张一帆（某金融公司数据研发负责人）服务网格的延伸 —— 谈数据库网格**\n\n![张一帆](a.jpg)\n\n"
            + "**吴知行（某开源项目创始人），网格上的可观测性**\n\n第三场**朵云起（某金服）：开源数据平面深层揭秘**\n\n讲得很精彩。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("服务网格的延伸 —— 谈数据库网格", "张一帆", "某金融公司数据研发负责人"), ("网格上的可观测性", "吴知行", "某开源项目创始人"),
            ("开源数据平面深层揭秘", "朵云起", "某金服"));
    }

    [Fact]
    public void One_bold_line_naming_a_person_and_an_unbolded_sentence_make_no_programme()
    {
        var page = Pages.Parse(Pages.With("title: \"示例网格 Meetup 回顾\"\ndate: 2019-07-30\nauthor: \"宋明远\"",
            "2019年7月28日，杭州。\n\n**张一帆（某金融公司）服务网格的延伸**\n\n吴知行（某开源项目创始人）网格上的可观测性\n"));

        // Without a programme the recap is an account of the meetup: no event at all, or one without these talks.
        (page.Event?.Talks ?? []).Should().NotContain(t => t.Title == "服务网格的延伸" || t.Title == "网格上的可观测性");
    }

    [Theory]
    [InlineData("汤姆·李", true)]
    [InlineData("买买提·艾力", true)]
    [InlineData("某科技·研发部", false)]
    [InlineData("Meetup·杭州", false)]
    [InlineData("·李", false)]
    public void A_name_written_in_Han_by_its_sound_with_a_middle_dot_is_a_name(string token, bool isName)
    {
        NameRules.LooksLikeName(token).Should().Be(isName);
    }

    [Theory]
    [InlineData("吳怡穎Win", true)]
    [InlineData("立堯Liyao Chen", true)]
    [InlineData("陳立堯", true)]
    [InlineData("前端Meetup", false)]
    [InlineData("分享Kubernetes", false)]
    [InlineData("立堯liyao", false)]
    public void A_chinese_name_with_the_english_name_its_owner_goes_by_right_after_it_is_a_name(string token, bool isName)
    {
        NameRules.LooksLikeName(token).Should().Be(isName);
    }

    [Theory]
    [InlineData("Bitcoin Bushbash", false)]
    [InlineData("Bitcoin Block Templates", false)]
    [InlineData("Kubernetes Release News", false)]
    [InlineData("Jane Doe", true)]
    public void Two_capitalised_words_that_open_with_a_technology_are_a_topic_not_a_name(string token, bool isName)
    {
        NameRules.LooksLikeName(token).Should().Be(isName);
    }

    [Fact]
    public void A_reading_list_whose_topic_headings_hold_dashes_gives_no_talks()
    {
        var e = Pages.Parse(Pages.With("layout: post\ntype: socratic\ndate: \"2030-12-19 19:00:00\"\ntitle: \"December 2030\"",
            "### Bitcoin Bushbash - Beechworth, March 2031\n\n- [https://example.org/bushbash](https://example.org/bushbash)\n\n"
            + "### Bitcoin Block Templates - Example Proxy Pools\n\n- [https://example.org/templates](https://example.org/templates)\n\n"
            + "### Example.exchange swaps\n\n- [https://example.org/swaps](https://example.org/swaps)\n")).Event!;

        e.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_speaker_list_of_chinese_names_with_english_ones_gives_its_talks()
    {
        var e = Pages.Parse(Pages.With("title: \"『FED Party 14』持續進展的專案！\"\ndate: 2030-11-27",
            "2030 年 11 月 27 日 19:30，本次的主題為 Continuous Integration。\n\n主要分享人：\n\n"
            + "+ 立堯Liyao Chen (Hiiir) -  Jenkins,testFlight跟ios\n+ 吳怡穎Win (YouMeb) - Hubot 機器人\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Jenkins,testFlight跟ios", "立堯Liyao Chen"), ("Hubot 機器人", "吳怡穎Win"));
    }

    [Fact]
    public void Captions_under_each_talks_video_naming_the_speaker_and_the_title_in_book_brackets_are_the_programme()
    {
        var e = Pages.Parse(Pages.With("title: \"示例数据库首次线上 Meetup | 精彩回顾\"\ndate: 2021-01-28",
            "1 月 28 日，示例数据库首次线上 Meetup 举行。\n\n首先，由示例数据库领域总经理胡青为大家带来开场致辞。\n\n01-胡青《开场致辞》\n\n"
            + "<video controls><source src=\"https://video.example.org/a.mp4\"></video>\n\n之后，某公司副总经理朱承带来主题演讲。\n\n"
            + "02-朱承《国产数据库替换+“新引擎”》\n\n03-薛忠《企业级开源数据库特性解读》 [PPT](https://example.org/c.pdf)\n\n"
            + "书中写道《某本书》很好。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.SlidesUrl)).Should().Equal(
            ("国产数据库替换+“新引擎”", "朱承", null), ("企业级开源数据库特性解读", "薛忠", "https://example.org/c.pdf"));
    }

    [Theory]
    [InlineData("01-胡青", "胡青")]
    [InlineData("2、张三", "张三")]
    [InlineData("三. 李四", "李四")]
    [InlineData("2021 年会", "2021 年会")]
    [InlineData("胡青", "胡青")]
    public void An_item_number_before_a_text_is_dropped(string text, string without)
    {
        Bot.Core.Recaps.Talks.TitleText.WithoutItemNumber(text).Should().Be(without);
    }
    [Theory]
    [InlineData("**{0}**")]
    [InlineData("<strong>{0} </strong>")]
    [InlineData("<b>{0}</b>")]
    public void Bold_lines_giving_the_title_a_bar_and_the_person_after_their_roles_are_the_programme(string bold)
    {
        var lines = string.Join("\n\n", new[] { "共建可信开源社区| 示例数据库领域总经理 胡青", "数据库在教学中的应用与研究 | 某大学计算机学院副院长 奎晓", "茶歇 | 全体" }
            .Select(line => string.Format(System.Globalization.CultureInfo.InvariantCulture, bold, line)));
        var e = Pages.Parse(Pages.With("title: '示例长沙 Meetup | 共建数据库可信开源社区'\ndate: '2021-07-15'",
            "时间：2021 年 7 月 15 日（周四）14:00-17:20\n\n### 演讲嘉宾：\n\n" + lines + "\n\n议题简介：对示例数据库在高校教学中的应用进行介绍。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("共建可信开源社区", "胡青", "示例数据库领域总经理"), ("数据库在教学中的应用与研究", "奎晓", "某大学计算机学院副院长"));
    }
}
