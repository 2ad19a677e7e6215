namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>A live stream's facts list naming its topic with `议题名称：` and both a host and a guest, against a meetup's
/// panel whose moderator is one of its people, on pages written for these specs.</summary>
public sealed class HostAndTitleLabelSpecs
{
    [Theory]
    [InlineData("议题名称")]
    [InlineData("主题名称")]
    [InlineData("演讲题目")]
    [InlineData("分享议题")]
    public void A_live_streams_topic_label_names_the_talk_and_its_host_is_not_a_speaker(string label)
    {
        var e = Pages.Parse(Pages.With("title: \"《示例大咖说》第 7 期：云原生网关的设计与实现\"\ndate: 2021-08-25T20:00:00+08:00",
            $"- 分享时间：2021 年 8 月 25 日（周三）晚上 8:00 到 9:00\n- {label}：云原生网关的设计与实现\n- 主持人：宋明远（某司）\n"
            + "- 分享嘉宾：韩青山（某易）\n- 直播间地址：<https://live.example.cn/23095515>\n- PPT 下载：见 [往期节目列表](https://example.org/weekly)\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Title.Should().Be("云原生网关的设计与实现");
        e.Talks[0].Speakers.Select(s => s.Name).Should().Equal("韩青山");
    }

    [Fact]
    public void A_courses_topic_and_lecturer_labels_name_the_talk_and_its_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"示例在线课堂第三期 - 直播课\"\ndate: 2020-02-12",
            "## 在线课程介绍\n\n**课程主题：**用函数计算三分钟做一个网页\n\n**课程时间：**2月13日（周四）19:00\n\n**课程讲师：**陈青，某框架社区专家\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Title.Should().Be("用函数计算三分钟做一个网页");
        e.Talks[0].Speakers.Select(s => s.Name).Should().Equal("陈青");
    }

    [Fact]
    public void A_panels_moderator_is_one_of_its_people()
    {
        var e = Pages.Parse(Pages.With("title: \"示例网格 Meetup 第九期\"\ndate: 2019-12-28",
            "时间：2019 年 12 月 28 日 13:30-16:45\n\n## 议程\n\n15:20-16:00 圆桌环节《网格落地的务实与创新》\n\n- 主持人：鲁青 某司落地负责人\n"
            + "- 嘉宾：\n  - 涵远 某司高级技术专家\n  - 张朝明 某云架构师\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("鲁青", "涵远", "张朝明");
    }
}
