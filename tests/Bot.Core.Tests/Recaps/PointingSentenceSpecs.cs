namespace Bot.Core.Tests.Recaps;

/// <summary>A sentence that names the event's replay or slides and points to its one link (<c>视频回放，请访问[某站](…)</c>,
/// <c>讲师的 PPT 下载请访问 GitHub：https://…</c>); pages written for these specs.</summary>
public sealed class PointingSentenceSpecs
{
    private const string FrontMatter = "title: \"第三届示例 Meetup 深圳站回顾\"\ndate: 2030-08-27";
    private const string Opening = "- 时间：2030 年 8 月 25 日 13:30\n- 地点：深圳市示例路 9 号\n\n示例社区主办的第三届示例 Meetup 深圳站收官，感谢各位到场的同学。\n\n";

    [Fact]
    public void A_sentence_that_points_to_the_replay_on_any_site_gives_it()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + "本次活动的视频回放，请访问[示例视频站](https://video.example.cn/detail/77)。\n"));

        page.Event!.ReplayUrl.Should().Be("https://video.example.cn/detail/77");
    }

    [Fact]
    public void A_sentence_that_points_to_the_slides_gives_them()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + "讲师的 PPT 和历届 Meetup 的幻灯片下载请访问代码仓库：https://git.example.org/meetup-decks\n"));

        page.Event!.SlidesUrl.Should().Be("https://git.example.org/meetup-decks");
    }

    [Fact]
    public void A_sentence_that_points_to_the_materials_gives_the_bare_link_alone_on_the_next_line()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + "下面是本次活动的演讲材料，欢迎下载。\n\nhttps://pan.example.cn/s/1RhUN7\n\n提取码：0123\n"));

        page.Event!.SlidesUrl.Should().Be("https://pan.example.cn/s/1RhUN7");
    }

    [Fact]
    public void A_sentence_about_another_times_materials_gives_no_link_from_the_next_line()
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + "往期活动的演讲材料，欢迎下载。\n\nhttps://pan.example.cn/s/1RhUN7\n"));

        page.Event!.SlidesUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("**视频回放**")]
    [InlineData("视频回放")]
    public void A_link_label_alone_on_its_line_labels_the_link_on_the_next(string label)
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + $"{label}\n\n<https://video.example.cn/video/BV1bv411A71Y/>\n\n---\n\n想看更多视频，欢迎访问示例 B 站。\n"));

        page.Event!.ReplayUrl.Should().Be("https://video.example.cn/video/BV1bv411A71Y/");
    }

    [Theory]
    [InlineData("上期活动的视频回放，请访问[示例视频站](https://video.example.cn/detail/76)。")]
    [InlineData("应讲师要求，本次不提供视频回放，往期内容请访问[示例视频站](https://video.example.cn/detail/76)。")]
    [InlineData("关于视频回放的文章请访问[这里](https://blog.example.cn/p/76)。")]
    public void A_sentence_about_another_times_replay_or_an_article_gives_none(string sentence)
    {
        var page = Pages.Parse(Pages.With(FrontMatter, Opening + sentence + "\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("Live Streaming YouTube Link <https://youtu.be/example123> YouTube 直播連結。")]
    [InlineData("直播連結：<https://youtu.be/example123>")]
    public void A_line_that_names_the_live_streaming_link_gives_the_live_room(string line)
    {
        var page = Pages.Parse(Pages.With("title: Ask Me Anything live streaming event\ndate: 2030-03-24",
            "Time: Saturday, March 26, 2030, 21:00 (GMT+8)\n\n" + line + "\n"));

        (page.Event!.LiveUrl, page.Event.Form).Should().Be(("https://youtu.be/example123", Bot.Core.Events.EventForm.Online));
    }
}
