using Bot.Core.Recaps.Talks;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class SeriesPrefixSpecs
{
    [Theory]
    [InlineData("第 64 期：示例分享", "示例分享")]
    [InlineData("【示例云原生课堂】第 7 课：Kubernetes 调度器详解", "Kubernetes 调度器详解")]
    [InlineData("示例源码解读第3讲 | 存储引擎", "存储引擎")]
    [InlineData("第二集：从零写一个调度器", "从零写一个调度器")]
    [InlineData("直播预告：用 eBPF 观测服务", "用 eBPF 观测服务")]
    [InlineData("示例网关直播回顾 | 插件开发实战", "插件开发实战")]
    [InlineData("示例社区直播预告｜服务网格入门", "服务网格入门")]
    public void A_series_issue_lesson_or_episode_before_the_title_is_dropped(string title, string stripped)
    {
        SeriesPrefix.Strip(title).Should().Be(stripped);
    }

    [Theory]
    [InlineData("云函数开发者工具实操 - 直播课", "云函数开发者工具实操")]
    [InlineData("示例 DevOps 最佳实践 - 云+社区沙龙", "示例 DevOps 最佳实践")]
    [InlineData("前端工程化落地与实践 - GMTC 大会", "前端工程化落地与实践")]
    [InlineData("Scaling Queues at Example — Example Webinar", "Scaling Queues at Example")]
    public void The_kind_of_event_after_a_dash_at_the_end_of_a_title_is_dropped(string title, string stripped)
    {
        SeriesPrefix.Strip(title).Should().Be(stripped);
    }

    [Theory]
    [InlineData("金枪鱼之夜：FFmpeg 杂谈", "FFmpeg 杂谈")]
    [InlineData("示例夜读: Go 泛型的实现", "Go 泛型的实现")]
    [InlineData("云原生存储公开课：CSI 插件从零到一", "CSI 插件从零到一")]
    [InlineData("October Virtual Meetup: Using Ansible with Azure", "Using Ansible with Azure")]
    [InlineData("Advanced Series:  So what do we do with the architects?", "So what do we do with the architects?")]
    public void A_series_name_that_ends_with_the_kind_of_evening_or_class_before_a_colon_is_dropped(string title, string stripped)
    {
        SeriesPrefix.Strip(title).Should().Be(stripped);
    }

    [Theory]
    [InlineData("October 13th @ 6:00 PM - Advanced Series: So what do we do with the architects?", "So what do we do with the architects?")]
    [InlineData("March 9th @ 6:00 PM - Test Driven Development", "Test Driven Development")]
    [InlineData("2030 年 5 月 20 日 - 服务网格入门", "服务网格入门")]
    public void The_day_and_hour_before_a_dash_that_opens_a_title_are_dropped(string title, string stripped)
    {
        SeriesPrefix.Strip(title).Should().Be(stripped);
    }

    [Theory]
    [InlineData("Route 66 - A Tale of a Highway")]
    [InlineData("谈谈第 2 课堂的设计")]
    [InlineData("Kubernetes：从入门到实践")]
    [InlineData("Lessons learnt the hard way running a small meetup: tips")]
    [InlineData("课堂：如何")]
    [InlineData("Pulsar in Finance - A Tale of a Migration")]
    [InlineData("大会 - 直播课")]
    [InlineData("如何讲好一个技术故事")]
    [InlineData("示例网关 | 插件开发实战")]
    public void The_same_words_inside_a_title_stay(string title)
    {
        SeriesPrefix.Strip(title).Should().Be(title);
    }

    [Theory]
    [InlineData("Keynote 1：大规模运行前沿智能", "大规模运行前沿智能")]
    [InlineData("Lightning Talk: From Static Slices to Elastic GPUs", "From Static Slices to Elastic GPUs")]
    [InlineData("闪电演讲：从静态切片到弹性 GPU", "从静态切片到弹性 GPU")]
    [InlineData("专场分享：支撑数十亿次文档扫描", "支撑数十亿次文档扫描")]
    [InlineData("圆桌讨论：可观测性的现状及趋势", "圆桌讨论：可观测性的现状及趋势")]
    [InlineData("Keynotes that matter", "Keynotes that matter")]
    [InlineData("[lightning talk] log.today", "log.today")]
    [InlineData("【闪电演讲】从静态切片到弹性 GPU", "从静态切片到弹性 GPU")]
    [InlineData("[WIP] A title in brackets", "[WIP] A title in brackets")]
    [InlineData("快速构建企业应用（快速演讲）", "快速构建企业应用")]
    [InlineData("Rust on a budget (Lightning Talk)", "Rust on a budget")]
    [InlineData("Rust on a budget (part 2)", "Rust on a budget (part 2)")]
    [InlineData("Data protocols (intermediate talk)", "Data protocols")]
    [InlineData("Using Ansible with Azure (live)", "Using Ansible with Azure")]
    [InlineData("容器网络排障（进阶）", "容器网络排障")]
    [InlineData("Living with legacy (live coding)", "Living with legacy (live coding)")]
    [InlineData("pg_duck, a DuckDB-powered Postgres (demo)", "pg_duck, a DuckDB-powered Postgres")]
    [InlineData("演示：一键部署示例集群", "一键部署示例集群")]
    [InlineData("Demo days at scale", "Demo days at scale")]
    [InlineData("演示文稿的自动生成", "演示文稿的自动生成")]
    public void The_session_kind_before_or_after_a_title_or_its_level_or_mode_after_it_is_no_part_of_it_but_a_panels_word_is(string title, string expected)
    {
        Bot.Core.Recaps.Talks.TitleText.WithoutSessionKind(title).Should().Be(expected);
    }
}
