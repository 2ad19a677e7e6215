namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Talks listed under one section and their speakers under another, on pages written for these specs.</summary>
public sealed class TopicsAndGuestsSpecs
{
    private const string Page = "11 月 22 日，第 5 期沙龙在深圳举行，回放：https://www.bilibili.com/video/BV1yy4y1z7ab\n\n"
        + "## 议题介绍\n\n### 容器运行时的安全隔离\n\n介绍安全容器的几种方案。\n\n### 镜像的按需加载\n\n介绍镜像懒加载的原理。\n\n"
        + "## 讲师介绍\n\n**戴军**\n\n某云 容器运行时负责人。\n\n**蒋梅**\n\n某科技 存储工程师。\n";

    [Fact]
    public void As_many_topic_headings_as_guests_are_paired_in_page_order()
    {
        var e = Parse(Page);

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("容器运行时的安全隔离", "戴军"), ("镜像的按需加载", "蒋梅"));
    }

    [Fact]
    public void A_sentence_that_ends_with_a_replay_label_gives_the_replay()
    {
        Parse(Page).ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1yy4y1z7ab");
    }

    [Fact]
    public void Topics_that_outnumber_the_guests_are_not_guessed_at()
    {
        var e = Parse(Page.Replace("## 讲师介绍", "### 第三个议题\n\n介绍。\n\n## 讲师介绍", StringComparison.Ordinal));

        e.Talks.Should().NotContain(t => t.Title == "容器运行时的安全隔离" && t.Speakers.Count == 1);
    }

    [Theory]
    [InlineData("分享内容")]
    [InlineData("直播主题")]
    [InlineData("分享主题")]
    public void A_one_session_page_takes_its_talks_title_from_a_topic_label_rather_than_the_series_title(string label)
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Go 夜读 第 88 期\"\ndate: 2026-12-14",
            $"时间：本周四（12 月 17 日）晚上 9 点\n\n直播间：https://live.bilibili.com/88890123\n\n分享嘉宾：郭嘉（Go 贡献者）\n\n{label}：Go 1.26 的新特性解读\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Go 1.26 的新特性解读", "郭嘉"));
    }

    [Fact]
    public void A_content_heading_over_one_short_line_names_the_talk_and_over_a_description_names_none()
    {
        const string Head = "时间：2030 年 1 月 25 日 21:00 - 22:30\n\n### 演讲内容\n\n";
        var named = Pages.Parse(Pages.With("title: \"大年初四，示例大会中国社区直播活动与你不见不散!\"\ndate: 2030-01-10",
            Head + "示例大会主题演讲\n\n### 演讲嘉宾\n\n- 产品经理，Jane Doe\n")).Event!;
        var described = Pages.Parse(Pages.With("title: \"大年初四，示例大会中国社区直播活动与你不见不散!\"\ndate: 2030-01-10",
            Head + "本次演讲将介绍框架在过去一年里的进展，以及接下来的路线图和社区计划。\n\n### 演讲嘉宾\n\n- 产品经理，Jane Doe\n")).Event!;

        named.Talks.Select(t => t.Title).Should().Equal("示例大会主题演讲");
        described.Talks.Should().NotContain(t => t.Title.StartsWith("本次演讲", StringComparison.Ordinal));
    }

    private static Bot.Core.Events.Event Parse(string body) =>
        Pages.Parse(Pages.With("title: \"示例容器沙龙 第 5 期回顾\"\ndate: 2026-11-28", body)).Event!;

    [Theory]
    [InlineData("### **{0}**\n\n")]
    [InlineData("{0}\n\n")]
    public void A_page_of_label_lines_or_headings_gives_its_one_talk_from_the_topic_and_speaker_labels_and_no_talk_from_its_facts(string shape)
    {
        var body = string.Concat(new[] { "活动议题：时序数据库的应用场景和技术发展趋势", "活动时间：2030 年 11 月 29 日 14 点", "活动地点：示例大学信息楼 4 楼报告厅",
            "演讲嘉宾：向宇 示例社区发起人& 示例云时序数据库专家" }.Select(line => string.Format(shape, line)));
        var e = Pages.Parse(Pages.With("title: 'meetup活动 | 示例数据库走进示例大学'\neventDate: '2030-11-29 14:00:00'", body + "**具体活动详情请见海报**\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("时序数据库的应用场景和技术发展趋势", "向宇"));
    }
}
