using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Short fixture pages written for these specs in the shapes of the corpus (not copies of it).</summary>
internal static class Pages
{
    public static string With(string frontMatter, string body) => $"---\n{frontMatter.Trim('\n')}\n---\n\n{body.TrimStart('\n')}";

    public static RecapPage Parse(string markdown, string source = "zh-demo-page.md") => RecapParser.Parse(markdown, source);

    public static RecapPage ChannelPage(string time, string date = "2021-05-12T15:00:00+08:00", string extraSummary = "", string body = "") =>
        Parse(With(
            $"title: \"SOFAChannel#40：示例直播的标题\"\ndate: {date}\ncategories: \"SOFAChannel\"\ndescription: \"线上直播第 40 期。\"",
            $"""
            ## 概要

            - 活动主题：SOFAChannel#40：示例直播的标题
            - 活动时间：{time}
            - 活动形式：线上直播
            {extraSummary}

            ## 介绍

            本期邀请一位工程师分享。

            {body}
            """));

    public static IEnumerable<string> WarningCodes(this RecapPage page) =>
        page.Diagnostics.Where(d => d.Severity >= Severity.Warning).Select(d => d.Code);
}
