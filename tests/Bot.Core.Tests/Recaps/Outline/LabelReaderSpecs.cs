using Bot.Core.Recaps;
using Bot.Core.Recaps.Outline;
using Markdig;

namespace Bot.Core.Tests.Recaps.Outline;

public sealed class LabelReaderSpecs
{
    [Theory]
    [InlineData("活动时间：2030 年 5 月 23 日", "活动时间", "2030 年 5 月 23 日")]
    [InlineData("**时间**：**周六** 14:00", "时间", "周六 14:00")]
    [InlineData("📅 直播时间： 周六\u200B", "直播时间", "周六")]
    [InlineData("Date:\u00A0 2030-05-23", "Date", "2030-05-23")]
    [InlineData("日期 / Date：5 月 23 日", "日期", "5 月 23 日")]
    [InlineData("**地点 Venue**：北京市海淀区", "地点", "北京市海淀区")]
    [InlineData("分享 Slides：https://example.org/s", "分享 Slides", "https://example.org/s")]
    [InlineData("B 站\u00A0直播间：https://example.org/live", "B 站 直播间", "https://example.org/live")]
    [InlineData("议题三：：KubeSphere x Apache Pulsar 实战部署", "议题三", "KubeSphere x Apache Pulsar 实战部署")]
    [InlineData("**地点**： ：杭州", "地点", "杭州")]
    [InlineData("【时间】 ：2030 年 5 月 23 日", "时间", "2030 年 5 月 23 日")]
    [InlineData("直播 Live broadcast: https://example.org/live", "直播", "https://example.org/live")]
    [InlineData("地點 Venue address：台北市杭州南路一段 24 號", "地點", "台北市杭州南路一段 24 號")]
    public void A_label_is_cleaned_and_its_value_trimmed(string line, string label, string value)
    {
        LabelReader.TrySplit(line, out var readLabel, out var readValue).Should().BeTrue();

        (readLabel, readValue).Should().Be((label, value));
    }

    [Theory]
    [InlineData("开始 19:30，结束 21:00")]
    [InlineData("https://example.org/page")]
    [InlineData("这是一句很长的话，其中的冒号来得太晚了，不可能是一个标签的结尾：对吧")]
    [InlineData("：没有标签")]
    [InlineData("查看 https 链接：这里")]
    [InlineData("这次我们邀请了 Anthony Fu and friends: 一起聊聊")]
    public void A_line_without_a_label_before_its_colon_does_not_split(string line)
    {
        LabelReader.TrySplit(line, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Reading_all_pairs_gives_the_lines_then_the_headings_then_the_tables()
    {
        var outline = PageOutline.Build(Markdown.Parse(
            "#### 地点：上海\n\n时间：周六\n\n| 报名 | https://example.org/signup |\n|---|---|\n| 直播 | B 站 |\n", RecapMarkdown.Pipeline));

        var pairs = LabelReader.ReadAll(outline);

        pairs.Select(p => (p.Label, p.Value)).Should().Equal(("时间", "周六"), ("地点", "上海"), ("报名", "https://example.org/signup"), ("直播", "B 站"));
    }

    [Fact]
    public void The_two_cell_rows_of_a_raw_html_table_are_pairs_with_their_lines_and_links()
    {
        var outline = PageOutline.Build(Markdown.Parse(
            "# Upcoming Meeting\n\n<table>\n <tr>\n  <th>When</th>\n  <td>Monday, October 12, 2030 6:30 PM</td>\n </tr>\n <tr>\n  <th>Where</th>\n"
            + "  <td>Room #15 &amp; online: <a href=\"https://meet.example.org/gtlug\">join <b>us</b></a></td>\n </tr>\n <tr><th>Agenda</th></tr>\n"
            + " <tr><td>19:00</td><td>Talk</td><td>Jane Doe</td></tr>\n</table>\n", RecapMarkdown.Pipeline));

        var pairs = LabelReader.ReadAll(outline);

        pairs.Select(p => (p.Label, p.Value, p.Line, string.Join(" ", p.Links.Select(l => $"{l.Text}={l.Url}")))).Should().Equal(
            ("When", "Monday, October 12, 2030 6:30 PM", 4, ""),
            ("Where", "Room #15 & online: join us", 8, "join us=https://meet.example.org/gtlug"));
    }

    [Fact]
    public void A_page_that_states_its_facts_in_an_html_table_is_dated_by_it()
    {
        var page = Pages.Parse("# Upcoming Meeting\n\n<table>\n <tr>\n  <th>When</th>\n  <td>Monday, October 12, 2030 6:30 PM</td>\n </tr>\n <tr>\n"
            + "  <th>Topic</th>\n  <td>Rocketry, part 2</td>\n </tr>\n</table>\n\nPlease join us at our monthly meeting.\n", "upcoming.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 10, 12, 18, 30, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("Where:", "Example Corp in Scottsdale (Building 2).", "Example Corp in Scottsdale (Building 2).")]
    [InlineData("**活动地点：**", "杭州市西湖区某路 1 号", "杭州市西湖区某路 1 号")]
    [InlineData("Abstract:", "Example Corp in Scottsdale (Building 2).", null)]
    [InlineData("Where:", "Where: the hall", "the hall")]
    public void A_fact_label_alone_takes_the_short_paragraph_below_it_as_its_value(string label, string below, string? venue)
    {
        var page = Pages.Parse(Pages.With("title: \"March Talks\"\ndate: 2030-03-27T18:30:00+08:00",
            $"Our talks this month.\n\n{label}\n\n{below}\n\nSee you there.\n\n### A talk\n\nSpeaker: Jane Doe\n"));

        page.Event!.Venue.Should().Be(venue);
    }

    [Fact]
    public void Pairs_read_one_after_another_each_keep_their_own_value_and_links()
    {
        var outline = PageOutline.Build(Markdown.Parse(
            "# 概要\n\n- 资料下载：\n- [第一讲](https://example.org/a.pdf)\n- [第二讲](https://example.org/b.pdf)\n- 活动地点：杭州\n\n"
            + "直播回放：\n\n[回放](https://example.org/replay)\n\n报名：https://example.org/signup\n", RecapMarkdown.Pipeline));

        var pairs = LabelReader.Read(outline);

        pairs.Select(p => (p.Label, p.Value, string.Join(" ", p.Links.Select(l => l.Url)))).Should().Equal(
            ("资料下载", "第一讲\n第二讲", "https://example.org/a.pdf https://example.org/b.pdf"),
            ("活动地点", "杭州", ""),
            ("直播回放", "回放", "https://example.org/replay"),
            ("报名", "https://example.org/signup", "https://example.org/signup"));
    }

    [Theory]
    [InlineData("时间：2030 年 5 月 23 日 19:00，地点：杭州市文三路 90 号", "时间", "2030 年 5 月 23 日 19:00", "地点", "杭州市文三路 90 号")]
    [InlineData("会议号：123-456-789，会议链接：https://example.org/meet", "会议号", "123-456-789", "会议链接", "https://example.org/meet")]
    [InlineData("Date: May 23, 2030 | Venue: Example Hall", "Date", "May 23, 2030", "Venue", "Example Hall")]
    public void A_line_that_writes_a_second_fact_label_after_a_separator_gives_two_pairs(string line, string label, string value, string second, string secondValue)
    {
        var pairs = LabelReader.Read(PageOutline.Build(Markdown.Parse(line + "\n", RecapMarkdown.Pipeline)));

        pairs.Select(p => (p.Label, p.Value)).Should().Equal((label, value), (second, secondValue));
        pairs[^1].Links.Select(l => l.Url).Should().Equal(secondValue.StartsWith("http", StringComparison.Ordinal) ? [secondValue] : []);
    }

    [Fact]
    public void A_label_inside_a_value_that_names_no_fact_of_the_event_stays_in_the_value()
    {
        var pairs = LabelReader.Read(PageOutline.Build(Markdown.Parse("简介：某科技工程师，主要方向：云原生与可观测性\n", RecapMarkdown.Pipeline)));

        pairs.Select(p => (p.Label, p.Value)).Should().Equal(("简介", "某科技工程师，主要方向：云原生与可观测性"));
    }
}
