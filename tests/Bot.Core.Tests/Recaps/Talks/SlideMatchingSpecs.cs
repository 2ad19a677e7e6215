using Bot.Core.Events;
using Bot.Core.Recaps.Slides;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class SlideMatchingSpecs
{
    [Fact]
    public void Titles_match_regardless_of_spacing_and_brackets()
    {
        var owner = LinkMatcher.Match(["WASM中的GC遐想", "另一个题目"], [LinkTitle.Of("《WASM 中的 GC 遐想》"), LinkTitle.Of("《另一个题目》下载链接")]);

        owner.Should().Equal(0, 1);
    }

    [Fact]
    public void A_reworded_title_matches_by_similarity_when_counts_differ()
    {
        string[] talks = ["中国社区助力云原生", "在大规模集群中落地 dapr 或 Layotto 这种多运行时架构是什么样的体验", "云原生多集群治理实践"];
        string[] links = ["在大规模集群中落地 Layotto 这种多运行时架构是一种什么样的体验", "云原生多集群治理实践"];

        LinkMatcher.Match(talks, links).Should().Equal(1, 2);
    }

    [Fact]
    public void Completely_different_titles_fall_back_to_order_only_when_counts_are_equal()
    {
        string[] talks = ["三周年，一起做些有趣的事", "机密计算保驾护航", "新版注册中心的多个提升"];
        string[] links = ["社区三周年分享", "机密计算保驾护航", "注册中心 6.0 新特性"];

        LinkMatcher.Match(talks, links).Should().Equal(0, 1, 2);
        LinkMatcher.Match(talks.Take(2).ToArray(), links).Should().Equal(-1, 1, -1);
    }

    [Fact]
    public void Dice_similarity_is_one_for_equal_titles_and_low_for_unrelated_ones()
    {
        DiceSimilarity.Of("Holmes｜Go 应用性能异常诊断定位利器", "Holmes｜Go应用性能异常诊断定位利器").Should().Be(1);
        DiceSimilarity.Of("云原生应用灾备最佳实践", "边缘计算中的容器").Should().BeLessThan(0.2);
    }

    [Fact]
    public void A_single_generic_link_on_a_single_talk_page_is_that_talks_slides_and_urls_stay_verbatim()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 概要

            - 活动主题：SOFAChannel#35《新时代》——某社区
            - 资料下载： <font color=#1E90FF>[点击获取](https://example.org/file/SOFAChannel#35%20deck(1).pdf)</font>

            ## 嘉宾

            - 胡某（花名：致某）
            """, EventKind.LiveStream);

        talks.Should().ContainSingle().Which.SlidesUrl.Should().Be("https://example.org/file/SOFAChannel#35%20deck(1).pdf");
    }

    [Fact]
    public void Placeholders_are_ignored_and_a_list_is_matched_to_the_talks_with_a_warning_for_a_stray_link()
    {
        var (talks, diagnostics) = TalkFixture.Extract("""
            ## 概要

            - 资料下载：<br/>

            [《边缘计算中的容器>](https://example.org/a.pdf)<br/>

            [《完全无关的一份资料》](https://example.org/z.pdf)<br/>

            [待直播后更新](https://example.org/old.pdf)

            ## 活动回顾

            **《边缘计算中的容器》**

            **嘉宾介绍**

            李某，独立开发者。

            **《镜像加速服务》**

            **嘉宾介绍**

            彭某，某集团专家。

            **《第三个议题》**

            **嘉宾介绍**

            王某，某集团专家。
            """);

        talks.Select(t => t.SlidesUrl).Should().Equal("https://example.org/a.pdf", null, null);
        diagnostics.Items.Should().ContainSingle(d => d.Code == "slides-unmatched");
    }

    [Fact]
    public void Talks_known_only_from_links_merge_slides_and_replays_by_title_and_take_guests_in_order()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 概要

            - 资料下载：  
            [《基于 P2P 的文件加速系统 Dragonfly》](https://example.org/1.pdf)  
            [《配置代码化实践》](https://example.org/2.pdf)

            ## 嘉宾

            - 戚某（花名：百某），某项目维护者
            - 王某，某集团架构师

            ### 直播回放

            [Dragonfly：基于 P2P 的文件加速系统](https://example.org/v1)
            """);

        talks.Select(t => t.Title).Should().Equal("基于 P2P 的文件加速系统 Dragonfly", "配置代码化实践");
        talks.Select(t => t.ReplayUrl).Should().Equal("https://example.org/v1", null);
        TalkFixture.Names(talks[0]).Should().Equal("戚某");
        TalkFixture.Names(talks[1]).Should().Equal("王某");
    }
}
