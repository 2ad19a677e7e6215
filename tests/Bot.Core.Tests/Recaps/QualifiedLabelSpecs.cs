using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Link labels worded around their names (<c>讲师PPT</c>, <c>PPT下载地址</c>, <c>视频直播回放</c>); pages written
/// for these specs.</summary>
public sealed class QualifiedLabelSpecs
{
    private const string FrontMatter = "title: \"示例沙龙第 3 站\"\ndate: 2030-07-03";

    [Theory]
    [InlineData("讲师PPT")]
    [InlineData("PPT下载地址")]
    [InlineData("幻灯片归档")]
    [InlineData("嘉宾课件下载链接")]
    [InlineData("Slides link")]
    [InlineData("All slides URL")]
    public void A_slides_label_with_a_qualifier_or_a_tail_gives_the_slides(string label)
    {
        var page = Pages.Parse(Pages.With(FrontMatter, $"6 月 30 日，示例沙龙在示例空间举行。\n\n- {label}：https://git.example.org/salon-decks\n"));

        page.Event!.SlidesUrl.Should().Be("https://git.example.org/salon-decks");
    }

    [Theory]
    [InlineData("视频直播回放")]
    [InlineData("B站回放地址")]
    [InlineData("在示例视频站上观看视频重播")]
    [InlineData("精彩回放")]
    public void A_replay_label_with_a_qualifier_or_ending_with_a_replay_word_gives_the_replay(string label)
    {
        var page = Pages.Parse(Pages.With(FrontMatter, $"6 月 30 日，示例沙龙在示例空间举行。\n\n{label}：https://video.example.cn/detail/42\n"));

        page.Event!.ReplayUrl.Should().Be("https://video.example.cn/detail/42");
    }

    [Theory]
    [InlineData("网络直播地址")]
    [InlineData("线上直播链接")]
    [InlineData("官方直播入口")]
    [InlineData("Online live stream link")]
    public void A_live_label_qualified_by_where_it_is_watched_gives_the_live_room_of_a_meetup_with_a_venue(string label)
    {
        var page = Pages.Parse(Pages.With(FrontMatter,
            $"### 时间\n\n2030-7-3 14:00 -17:10\n\n### 地点\n\n示例市示例区示例大街 70 号\n\n{label}：https://live.example.cn/apply?id=42\n"));

        page.Event!.LiveUrl.Should().Be("https://live.example.cn/apply?id=42");
        page.Event.Form.Should().Be(EventForm.Hybrid);
    }

    [Theory]
    [InlineData("下载地址")]
    [InlineData("活动链接下载")]
    [InlineData("讲师介绍")]
    public void A_tail_or_a_qualifier_alone_names_no_slides(string label)
    {
        var page = Pages.Parse(Pages.With(FrontMatter, $"6 月 30 日，示例沙龙在示例空间举行。\n\n- {label}：https://git.example.org/salon-decks\n"));

        page.Event!.SlidesUrl.Should().BeNull();
    }
}
