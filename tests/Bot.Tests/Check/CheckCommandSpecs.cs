using System.Text.Json;
using Bot.Check;

namespace Bot.Tests.Check;

public sealed class CheckCommandSpecs
{
    private const string GoodPage = "---\ntitle: \"SOFAChannel#40：示例\"\ndate: 2027-03-01T10:00:00+08:00\n---\n\n## 概要\n\n- 活动主题：SOFAChannel#40：示例\n- 活动时间：2027 年 03 月 18 日（周四）19:00-20:00\n- 活动形式：线上直播\n- B 站直播间地址：[http://live.bilibili.com/1](http://live.bilibili.com/1)\n\n## 议程\n\n### 19:00-20:00 示例\n\n>张三（花名：阿三），示例公司工程师\n";
    private const string WarnPage = "---\ntitle: \"SOFAChannel#41：示例\"\ndate: 2027-03-01T10:00:00+08:00\n---\n\n## 概要\n\n- 活动时间：2027 年 03 月 18 日（周五）19:00-20:00\n- 活动形式：线上直播\n\n### 19:00-20:00 示例\n\n>李四，示例公司\n";

    private const string DayOnlyPage = "---\ntitle: \"SOFAChannel#42：示例\"\ndate: 2027-03-01T10:00:00+08:00\n---\n\n## 概要\n\n- 活动时间：2027 年 03 月 18 日\n- 活动形式：线上直播\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_output_has_a_line_per_page_then_the_warnings_then_a_summary()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);
        folder.Write("sub/warn.md", WarnPage);

        var (code, output, _) = Run(folder.Path);

        code.Should().Be(CheckCommand.Ok, "warnings are not errors without --strict");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Be("good.md  liveStream  2027-03-18 19:00 +08:00  talks=1 speakers=1 slides=0 warnings=0");
        lines[1].Should().StartWith("sub/warn.md  liveStream  2027-03-18 19:00 +08:00").And.EndWith("warnings=1");
        lines[2].Should().StartWith("sub/warn.md:8: warning weekday-mismatch:");
        lines[^1].Should().Be("2 page(s): 2 event(s), 0 non-event(s), 2 with a start, 2 talk(s), 1 warning(s), 0 unreadable file(s)");
    }

    [Fact]
    public void A_page_with_a_date_but_no_clock_time_shows_the_date_only_in_text_and_in_json_the_whole_day_as_iso_timestamps()
    {
        using var folder = new TempFolder();
        folder.Write("day.md", DayOnlyPage);

        var (_, text, _) = Run(folder.Path);
        var (_, json, _) = Run(folder.Path, "--json");

        text.Split('\n')[0].Should().StartWith("day.md  liveStream  2027-03-18  talks=");
        using var document = JsonDocument.Parse(json);
        document.RootElement[0].GetProperty("start").GetString().Should().Be("2027-03-18T00:00:00+08:00");
        document.RootElement[0].GetProperty("end").GetString().Should().Be("2027-03-18T23:59:59+08:00");
    }

    [Fact]
    public void Strict_fails_on_warnings()
    {
        using var folder = new TempFolder();
        folder.Write("warn.md", WarnPage);

        var (code, _, error) = Run(folder.Path, "--strict");

        code.Should().Be(CheckCommand.Failed);
        error.Should().Contain("1 warning(s)");
    }

    [Fact]
    public void A_huaming_two_pages_give_to_different_people_is_a_warning_that_strict_fails_on()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);
        folder.Write("other.md", GoodPage.Replace("SOFAChannel#40", "SOFAChannel#43").Replace("张三", "王五"));

        var (code, output, _) = Run(folder.Path);
        var (strict, _, _) = Run(folder.Path, "--strict");

        code.Should().Be(CheckCommand.Ok);
        output.Should().Contain("good.md:1: warning speaker-identity: the 花名 '阿三' is given to '张三' and '王五' (good.md, other.md)");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Should().Contain("1 warning(s)");
        strict.Should().Be(CheckCommand.Failed);
    }

    [Fact]
    public void Strict_passes_on_clean_pages()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);

        Run(folder.Path, "--strict").Code.Should().Be(CheckCommand.Ok);
    }

    [Fact]
    public void A_missing_folder_fails_with_a_clear_message()
    {
        var (code, _, error) = Run("definitely-not-here-" + Guid.NewGuid().ToString("N"));

        code.Should().Be(CheckCommand.UsageError);
        error.Should().Contain("does not exist");
    }

    [Theory]
    [InlineData("--jsn")]
    [InlineData("a", "b")]
    public void Bad_arguments_fail_with_the_usage(params string[] args)
    {
        var (code, _, error) = Run(args);

        code.Should().Be(CheckCommand.UsageError);
        error.Should().Contain("usage: check");
    }

    [Fact]
    public void Json_has_exactly_the_contract_fields_and_readable_chinese()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);

        var (code, output, _) = Run(folder.Path, "--json");

        code.Should().Be(CheckCommand.Ok);
        output.Should().Contain("示例").And.NotContain("\\u");
        using var json = JsonDocument.Parse(output);
        var page = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        page.EnumerateObject().Select(p => p.Name).Should().Equal(
            "file", "isEvent", "title", "start", "end", "online", "location", "liveUrl", "replayUrl", "slidesUrl", "talks", "aliases",
            "series", "number", "kind", "reason", "warnings");
        page.GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        page.GetProperty("start").GetString().Should().Be("2027-03-18T19:00:00+08:00");
        page.GetProperty("online").GetBoolean().Should().BeTrue();
        page.GetProperty("location").ValueKind.Should().Be(JsonValueKind.Null);
        var talk = page.GetProperty("talks")[0];
        talk.EnumerateObject().Select(p => p.Name).Should().Equal("title", "speakers", "slidesUrl");
        talk.GetProperty("speakers")[0].GetString().Should().Be("张三");
        page.GetProperty("aliases").GetProperty("张三")[0].GetString().Should().Be("阿三");
        (page.GetProperty("series").GetString(), page.GetProperty("number").GetInt32()).Should().Be(("SOFAChannel", 40));
    }

    [Fact]
    public void The_corpus_checks_with_its_figures()
    {
        var (code, output, _) = Run(RepoPaths.Corpus, "--json");

        code.Should().Be(CheckCommand.Ok);
        var pages = JsonDocument.Parse(output).RootElement.EnumerateArray().Where(p =>
            p.GetProperty("file").GetString()!.StartsWith("zh-", StringComparison.Ordinal)
            || p.GetProperty("file").GetString()!.StartsWith("en-", StringComparison.Ordinal)).ToList();
        var events = pages.Where(p => p.GetProperty("isEvent").GetBoolean()).ToList();
        events.Should().HaveCount(60);
        (pages.Count - events.Count).Should().Be(9);
        events.Should().OnlyContain(p => p.GetProperty("start").ValueKind == JsonValueKind.String);
        events.Sum(p => p.GetProperty("talks").GetArrayLength()).Should().BeGreaterThanOrEqualTo(140);
    }

    [Fact]
    public void Our_content_folder_passes_strict() =>
        Run(Path.Combine(RepoPaths.Root, "content"), "--strict").Code.Should().Be(CheckCommand.Ok);

    [Fact]
    public void A_front_matter_that_cannot_be_read_fails_the_check_without_strict_and_points_at_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);
        folder.Write("broken.md", "---\ntitle: \"ok\"\ndate: [unclosed\n---\n\n## 概要\n\n- 活动时间：2027 年 03 月 18 日 19:00\n- 活动形式：线上直播\n");

        var (code, output, error) = Run(folder.Path);

        code.Should().Be(CheckCommand.Failed);
        error.Should().Contain("broken.md");
        output.Should().MatchRegex(@"broken\.md:[34]: error front-matter-yaml");
    }

    [Fact]
    public void Two_pages_claiming_one_series_number_are_reported_with_the_one_the_bot_keeps()
    {
        using var folder = new TempFolder();
        folder.Write("a-channel-40.md", GoodPage);
        folder.Write("b-channel-40.md", GoodPage.Replace("\n## 议程\n\n### 19:00-20:00 示例\n\n>张三（花名：阿三），示例公司工程师\n", "\n"));

        var (code, output, _) = Run(folder.Path, "--strict");

        code.Should().Be(CheckCommand.Failed, "--strict fails on the clash");
        output.Should().Contain("b-channel-40.md:1: warning series-number-clash:").And.Contain("the bot serves only a-channel-40.md (both have as many talks and slides; the smaller id wins)");
    }
}
