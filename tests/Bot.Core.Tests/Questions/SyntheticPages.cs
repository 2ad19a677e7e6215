using Bot.Core.Events;
using Bot.Core.Recaps;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Questions;

/// <summary>Two upcoming events, made up for the question suite (no real project or person), as pages the real parser
/// reads: a live stream the day after the suite's "now" and an in-person meetup the week after.</summary>
internal static class SyntheticPages
{
    /// <summary>Wednesday 2026-11-25, noon in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["zh-sofa-channel-36.md"] = """
            ---
            title: "SOFAChannel#36：用 Quokka 做服务网格的流量回放"
            date: 2026-11-16T10:00:00+08:00
            author: "SOFA 团队"
            description: "11 月 26 日周四晚 19:00-20:00，线上直播第 36 期。"
            categories: "SOFAChannel"
            ---

            ## 概要

            - 活动主题：SOFAChannel#36：用 Quokka 做服务网格的流量回放
            - 活动时间：2026 年 11 月 26 日（周四）19:00-20:00
            - 活动形式：线上直播
            - B 站直播间地址：[https://live.bilibili.com/36036036](https://live.bilibili.com/36036036)

            ## 议程

            ### 19:00-20:00 用 Quokka 做服务网格的流量回放

            >唐晓舟（花名：远帆），示例公司网关工程师

            议题简介：把线上流量录制下来，在测试环境的网格里按原样回放，发现变更带来的行为差异。
            """,
        ["zh-sofa-meetup-18.md"] = """
            ---
            title: "SOFAMeetup#18 南京站：可观测性与稳定性"
            date: 2026-11-10T10:00:00+08:00
            author: "SOFA 团队"
            description: "12 月 5 日周六下午，南京线下 Meetup。"
            categories: "SOFAMeetup"
            ---

            ## 概要

            - 活动主题：SOFAMeetup#18 南京站：可观测性与稳定性
            - 活动时间：2026 年 12 月 05 日（周六）13:30-17:00
            - 活动地点：南京市鼓楼区示例路 8 号示例空间 2 楼
            - 活动形式：线下活动
            - 报名方式：[点击报名](https://example.com/sofameetup-18/register)

            ## 议程

            | 时间 | 环节 | 分享嘉宾 |
            | --- | --- | --- |
            | 13:30-14:00 | 签到 | |
            | 14:00-14:45 | 《用 eBPF 观测微服务的网络延迟》 | 钱多多（花名：木舟），示例科技 SRE |
            | 14:45-15:30 | 《混沌工程在支付链路的落地》 | 孙立，示例支付稳定性负责人 |
            | 15:30-16:00 | 互动交流 | |
            """,
    };

    private static readonly Lazy<IReadOnlyList<Event>> Parsed = new(() =>
        [.. CorpusEvents.All, .. All.Select(p => RecapParser.Parse(p.Value, p.Key).Event!)]);

    /// <summary>The corpus and these pages, parsed by the real parser.</summary>
    public static IReadOnlyList<Event> WithCorpus => Parsed.Value;
}
