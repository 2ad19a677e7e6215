using System.Text;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Inputs built to hurt: they must give diagnostics, never an exception or a stack overflow.</summary>
public sealed class HostileInputSpecs
{
    private const string FrontMatter = "---\ntitle: \"SOFAChannel#9：示例\"\ndate: 2021-05-12T15:00:00+08:00\n---\n\n";

    public static TheoryData<string, string> Nestings => new()
    {
        { "quotes", FrontMatter + new string('>', 20_000) + " 活动时间：5 月 20 日周四晚 7 点\n" },
        { "lists", FrontMatter + string.Concat(Enumerable.Range(0, 1_500).Select(i => new string(' ', i * 2) + "- 活动形式：线上直播\n")) },
        { "brackets", FrontMatter + new string('[', 50_000) + "x" + new string(']', 50_000) + "(http://a)\n" },
        { "emphasis", FrontMatter + new string('*', 50_000) + "活动时间" + new string('*', 50_000) + "\n" },
        { "links", FrontMatter + string.Concat(Enumerable.Repeat("[《a》](http://a.pdf)<br/>", 20_000)) },
        { "yaml flow", "---\ntitle: " + new string('[', 10_000) + "\n---\n\n- 活动形式：线上直播\n" },
        { "ziggy structs", "---\n.a = " + string.Concat(Enumerable.Repeat("{ .a = [", 5_000)) + "1" + string.Concat(Enumerable.Repeat("] }", 5_000)) + ",\n---\n" },
        { "yaml blocks", "---\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n")) + "---\n" },
        { "html", FrontMatter + string.Concat(Enumerable.Repeat("<table><tr><td>", 20_000)) },
        { "date runs", FrontMatter + "- 活动时间：" + string.Concat(Enumerable.Repeat("1 月 1 日 周一 晚 ", 30_000)) + "\n- 活动形式：线上直播\n" },
    };

    [Theory]
    [MemberData(nameof(Nestings))]
    public void Deep_or_long_structures_give_a_result_not_a_crash(string name, string markdown)
    {
        var page = RecapParser.Parse(markdown, name + ".md");

        page.Source.Should().Be(name + ".md");
        page.Diagnostics.Should().NotContain(d => d.Code == "parser-failure" || d.Code == "talks-failure", string.Join("; ", page.Diagnostics));
        page.Diagnostics.Should().OnlyContain(d => d.Severity < Severity.Error || d.Code == "too-deeply-nested");
    }

    [Fact]
    public void A_five_megabyte_page_is_parsed()
    {
        var body = new StringBuilder(FrontMatter).Append("## 概要\n\n- 活动时间：5 月 20 日周四晚 7 点\n- 活动形式：线上直播\n\n");
        while (body.Length < 5 * 1024 * 1024)
        {
            body.Append("### 19:00-20:00 一个很长的议题\n\n张三 某公司 工程师\n\n正文正文正文 **加粗** [链接](https://example.org/x) 2022 年 4 月 1 日。\n\n");
        }

        var page = RecapParser.Parse(body.ToString(), "big.md");

        page.IsEvent.Should().BeTrue();
        page.Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 20, 19, 0, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("\0\0\0\uFFFF\uD800")]
    [InlineData("---\ntitle: [\n---\n")]
    [InlineData("---\n: :\n- - -\n---\n活动形式：")]
    public void Tiny_broken_pages_give_a_result(string markdown)
    {
        var page = RecapParser.Parse(markdown, "tiny.md");

        page.Diagnostics.Should().NotContain(d => d.Code == "parser-failure");
        page.Diagnostics.Should().OnlyContain(d => d.File == "tiny.md" && d.Line >= 1);
    }

    [Theory]
    [InlineData("title: \"Meetup 202\u0CED\"\ndate: 2026-11-01", "2026-12-05-meetup.md")]
    [InlineData("title: \"Meetup\"\nstart: 2026-1\u0CED-05 19:00", "meetup.md")]
    [InlineData("title: \"Meetup\"\nstart: 2026-12-05 1\u0663:00", "meetup.md")]
    [InlineData("title: \"Meetup\"\ndate: 2026-11-01", "202\u0CED-12-05-meetup.md")]
    public void Digits_of_other_scripts_in_dates_titles_and_paths_are_no_digits_and_no_crash(string frontMatter, string source)
    {
        var page = RecapParser.Parse(Pages.With(frontMatter, "- 时间：12 月 5 日 19:00\n- 地点：杭州\n"), source);

        page.Diagnostics.Should().NotContain(d => d.Code == "parser-failure", string.Join("; ", page.Diagnostics));
    }
}
