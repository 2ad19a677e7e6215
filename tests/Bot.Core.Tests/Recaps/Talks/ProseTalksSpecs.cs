namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>A recap that tells its talks only in sentences, on pages written for these specs.</summary>
public sealed class ProseTalksSpecs
{
    private const string Recap = "11 月 21 日，示例数据库社区杭州站活动在西湖区顺利举行，近百名开发者到场参与。\n\n"
        + "活动开始，某云数据库产品总经理韩立以“共建企业级开源数据库”为主题发表分享，介绍了社区一年来的进展。\n\n"
        + "随后，某科技技术总监苏青为大家带来了“存储引擎的演进与取舍”的精彩分享。议题围绕日志结构合并树展开。\n\n"
        + "此次，社区资深布道师魏然，给大家带来了《从单机到分布式的迁移实践》，并现场演示了迁移工具。\n\n"
        + "最后，大家合影留念，活动圆满结束。\n";

    [Fact]
    public void Each_sentence_that_names_a_speaker_and_quotes_a_title_gives_a_talk_in_page_order()
    {
        var e = Parse(Recap);

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("共建企业级开源数据库", "韩立"), ("存储引擎的演进与取舍", "苏青"), ("从单机到分布式的迁移实践", "魏然"));
    }

    [Theory]
    [InlineData("社区发布了《数据库开源白皮书》，欢迎下载阅读。")]
    [InlineData("某云数据库产品总经理韩立表示：“开源的关键在于构建基础根技术，还要与伙伴一起长期投入。”")]
    [InlineData("某云数据库产品总经理韩立在会上介绍了社区一年来的进展，并在结尾提到了“开源”。")]
    public void A_quote_that_no_named_speaker_introduces_as_a_talk_gives_none(string sentence)
    {
        var e = Parse("11 月 21 日，示例数据库社区杭州站活动在西湖区顺利举行。\n\n" + sentence + "\n");

        e.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_page_whose_layout_lists_its_talks_is_not_read_for_sentences()
    {
        var e = Parse("## 议程\n\n### 存储引擎的演进与取舍\n\n讲师：苏青，某科技技术总监\n\n"
            + "## 回顾\n\n某云数据库产品总经理韩立以“共建企业级开源数据库”为主题发表分享。\n");

        e.Talks.Select(t => t.Title).Should().Equal("存储引擎的演进与取舍");
    }

    private static Bot.Core.Events.Event Parse(string body) =>
        Pages.Parse(Pages.With("title: \"示例数据库社区杭州站活动回顾\"\ndate: 2026-11-23\nlocation: 杭州", body)).Event!;
}
