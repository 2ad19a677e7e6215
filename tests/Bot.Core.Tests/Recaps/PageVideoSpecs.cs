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

    [Fact]
    public void A_page_that_embeds_several_videos_gives_no_replay_of_the_whole_event()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, "## 开场\n\n{{< bilibili BV1aa4y1e7xa >}}\n\n## 上午场\n\n{{< bilibili BV1bb4y1e7xb >}}\n\n## 下午场\n\n{{< youtube id=\"cccccc1e7xc\" >}}\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }
}
