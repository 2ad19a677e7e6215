using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Which of a page's videos is the event's replay: the one it embeds or names, never one of several (those are
/// the parts or talks of the day); pages written for these specs.</summary>
public sealed class PageVideoSpecs
{
    private const string FrontMatter = "title: \"[视频] 示例开发者大会 2030\"\ndate: 2030-11-23\ndescription: \"2030年11月14日示例开发者大会线下活动视频\"";

    [Fact]
    public void A_page_that_embeds_one_video_gives_it_as_the_replay()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, "## 上午场\n\n{{< bilibili BV1aa4y1e7xa >}}\n\n## 回顾\n\n{{< bilibili BV1aa4y1e7xa >}}\n"));

        page.Event!.ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1aa4y1e7xa");
    }

    [Theory]
    [InlineData("活动视频[在这里](https://www.youtube.com/watch?v=jEdJcOT-e2E)。", "https://www.youtube.com/watch?v=jEdJcOT-e2E")]
    [InlineData("The video of the evening is [here](https://vimeo.com/123456).", "https://vimeo.com/123456")]
    [InlineData("届时将全程视频直播，直播间[在这里](https://www.youtube.com/watch?v=jEdJcOT-e2E)。", null)]
    [InlineData("活动照片[在这里](https://example.org/photos)。", null)]
    public void A_video_behind_a_link_that_only_says_here_is_the_replay(string sentence, string? replay)
    {
        var page = Pages.Parse(Pages.With("title: \"示例公开课\"\ndate: 2030-04-08", $"- 时间：2030 年 4 月 8 日 14:00\n- 地点：某楼 101\n\n{sentence}\n"));

        page.Event!.ReplayUrl.Should().Be(replay);
    }

    [Fact]
    public void A_link_under_a_video_record_heading_is_the_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"示例公开课\"\ndate: 2030-04-08", "- 时间：2030 年 4 月 8 日 14:00\n- 地点：某楼 101\n\n## Video Record\n[Watch it on Livecoding!](https://video.example.org/v/1)\n"));

        page.Event!.ReplayUrl.Should().Be("https://video.example.org/v/1");
    }

    [Theory]
    [InlineData("## Live Stream", "youtubeLite id=\"U5-p4X1lIz0\" label=\"Label\"", "https://www.youtube.com/watch?v=U5-p4X1lIz0")]
    [InlineData("## 直播", "bilibili BV1aa4y1e7xa", "https://www.bilibili.com/video/BV1aa4y1e7xa")]
    public void A_video_embedded_under_a_live_heading_is_where_the_stream_is_watched_not_a_replay(string heading, string shortcode, string live)
    {
        var page = Pages.Parse(Pages.With("title: \"Meetup #63\"\ndate: 2030-03-25\ntime: \"18:00\"\nplace: \"Some Hall, Main Street 1\"",
            $"## Talks\n\n### Logging adventures\n\nBy Jane Doe\n\n{heading}\n{{{{< {shortcode} >}}}}\n"));

        (page.Event!.LiveUrl, page.Event.ReplayUrl, page.Event.Form).Should().Be((live, null, EventForm.Hybrid));
    }

    [Theory]
    [InlineData("The session will be streamed live to our [YouTube channel](https://youtube.com/c/ExampleGroup) and the recording will be made available afterwards.",
        "https://youtube.com/c/ExampleGroup", null)]
    [InlineData("The session was streamed live; the recording is on our [YouTube channel](https://youtube.com/c/ExampleGroup).",
        null, "https://youtube.com/c/ExampleGroup")]
    public void A_stream_still_to_come_points_to_the_live_room_whatever_it_promises_of_a_recording(string sentence, string? live, string? replay)
    {
        var page = Pages.Parse(Pages.With("title: \"October Virtual Meetup\"\ndate: 2030-10-01T19:00:00\ncategories:\n  - virtual",
            $"Jane Doe is giving us a front-row seat to Ansible on Azure.\n\n{sentence}\n\n### Schedule\n\n**19:00 - 20:00**: Session\n"));

        (page.Event!.LiveUrl, page.Event.ReplayUrl).Should().Be((live, replay));
    }

    [Fact]
    public void A_page_that_embeds_several_videos_gives_no_replay_of_the_whole_event()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, "## 开场\n\n{{< bilibili BV1aa4y1e7xa >}}\n\n## 上午场\n\n{{< bilibili BV1bb4y1e7xb >}}\n\n## 下午场\n\n{{< youtube id=\"cccccc1e7xc\" >}}\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }

    [Fact]
    public void A_link_whose_text_is_a_replay_label_gives_the_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"示例实战系列线上分享（第二讲）\"\ndate: 2030-05-23",
            "本次直播介绍示例项目的插件开发。\n\n- 插件结构\n- 调试方法\n\n[B站视频地址](https://video.example.cn/v/BV1xx)\n\n想参与直播的小伙伴请关注后续安排。\n"));

        page.Event!.ReplayUrl.Should().Be("https://video.example.cn/v/BV1xx");
    }

    [Fact]
    public void Several_links_named_as_videos_are_the_talks_and_none_is_the_events_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"示例开源大会 2030\"\ndate: 2030-10-03",
            "## 插件实践 张三\n\n[B站视频地址](https://video.example.cn/v/BV1aa)\n\n## 存储引擎 李四\n\n[B站视频地址](https://video.example.cn/v/BV1bb)\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }

    [Fact]
    public void A_link_that_calls_itself_a_recap_is_the_article_not_a_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"示例沙龙第 6 站\"\ndate: 2030-05-23",
            "6 月 30 日，示例沙龙在示例空间举行。\n\n详情见[活动回顾](https://blog.example.cn/p/42)。\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("{% youtube o0vtlnlwl-Q?list=PLexample %}", "https://www.youtube.com/watch?v=o0vtlnlwl-Q")]
    [InlineData("{% bilibili BV1aa4y1e7xa %}", "https://www.bilibili.com/video/BV1aa4y1e7xa")]
    public void A_liquid_video_tag_of_jekyll_or_hexo_is_the_replay_as_hugos_shortcode_is(string tag, string replay)
    {
        var page = Pages.Parse(Pages.With("title: \"『FED Party 14』持續進展的專案！\"\ndate: 2030-11-27",
            "2030 年 11 月 27 日 19:30，本次的主題為 Continuous Integration。\n\n主要分享人：\n\n- 陳立堯 (Hiiir) - Jenkins 與 iOS\n\n" + tag + "\n"));

        page.Event!.ReplayUrl.Should().Be(replay);
    }

    [Theory]
    [InlineData("<iframe width=\"560\" height=\"315\"\nsrc=\"//www.youtube.com/embed/AbCdEf12345\" frameborder=\"0\"\nallowfullscreen></iframe>\n")]
    [InlineData("<div class=\"presentation\">\n  <h1>CMake</h1>\n  <p>How to write a good build.</p>\n  <div class=\"recording\">\n    <iframe src=\"//www.youtube.com/embed/AbCdEf12345\"></iframe>\n  </div>\n</div>\n")]
    public void A_video_player_framed_in_the_page_is_its_replay(string html)
    {
        var page = Pages.Parse(Pages.With("title: \"CMake - Get your build on!\"\ndate: 2030-05-23 15:00\nroom: Huxley 217",
            "In this tutorial I will introduce you to CMake.\n\n" + html));

        page.Event!.ReplayUrl.Should().Be("https://www.youtube.com/embed/AbCdEf12345");
    }

    [Fact]
    public void A_map_framed_in_the_page_is_no_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"Monthly meeting\"\ndate: 2030-05-23 15:00\nroom: Huxley 217",
            "We meet in the usual room.\n\n<iframe src=\"https://www.google.com/maps/embed?pb=1\"></iframe>\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }
}
