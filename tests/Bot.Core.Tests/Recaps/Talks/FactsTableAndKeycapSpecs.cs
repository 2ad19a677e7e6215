using Bot.Core.Recaps.Outline;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>A one-session page whose facts sit in a two-column table, and talk titles numbered with keycap emoji, on
/// pages written for these specs.</summary>
public sealed class FactsTableAndKeycapSpecs
{
    [Fact]
    public void A_table_of_labelled_facts_is_no_agenda_and_its_topic_and_guest_rows_make_the_one_talk()
    {
        var e = Pages.Parse(Pages.With("title: \"示例 AI 基础设施直播 第 3 期\"\ndate: 2026-12-03",
            "| 项目 | 内容 |\n| --- | --- |\n| 主题 | 大模型推理服务的弹性伸缩 |\n| 时间 | 2026 年 12 月 17 日（周四）19:30 - 20:30 |\n"
            + "| 嘉宾 | 程远，某智能 推理平台负责人 |\n| 直播 | https://live.bilibili.com/55567890 |\n\n## 内容简介\n\n介绍推理服务的弹性伸缩。\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("大模型推理服务的弹性伸缩", "程远"));
        (e.Start, e.LiveUrl).Should().Be((new DateTimeOffset(2026, 12, 17, 19, 30, 0, TimeSpan.FromHours(8)), "https://live.bilibili.com/55567890"));
    }

    [Fact]
    public void An_agenda_table_whose_first_column_is_times_stays_an_agenda()
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Meetup\"\ndate: 2026-12-03",
            "时间：2026 年 12 月 19 日 14:00-17:00\n\n| 时间 | 内容 |\n| --- | --- |\n| 14:00-14:40 | 《网关的插件热加载》华清 某科技 |\n"
            + "| 14:40-15:20 | 《云原生网关》严峻 某电商 |\n")).Event!;

        e.Talks.Select(t => t.Title).Should().Equal("网关的插件热加载", "云原生网关");
    }

    [Theory]
    [InlineData("1️⃣ 函数计算的冷启动优化", "函数计算的冷启动优化")]
    [InlineData("2\u20E3 数据管道", "数据管道")]
    [InlineData("#️⃣ 标签", "标签")]
    [InlineData("10 个技巧", "10 个技巧")]
    public void A_keycap_number_before_a_title_is_a_mark_a_plain_number_is_not(string text, string stripped)
    {
        LeadingSymbols.Strip(text).Should().Be(stripped);
    }
}
