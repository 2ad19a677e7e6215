using Bot.Core.Events;
using CsCheck;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class TalkExtractorRobustnessSpecs
{
    private static readonly string[] Pages = Directory.GetFiles(RepoPaths.Corpus, "*.md").Select(File.ReadAllText).ToArray();

    // Fragments that stress the layouts: half tables, unclosed HTML, stray labels, full-width punctuation.
    private static readonly string[] Junk =
    [
        "|", "| 时间 | 环节 |\n| --- |\n| 19:00- |", "<table><tr><td>", "《", "》", "花名", "（花名：", "**", "\n### ", "\n> ", "\n- ",
        "讲师：", "嘉宾简介：", "\u00a0", "\u200b", "25:99-00:00", "14:50-13:10", "by ", "\n***\n", "[x](", "](y)", "\t", "\n",
    ];

    [Fact]
    public void Mutated_corpus_pages_never_make_extraction_fail()
    {
        var gen =
            from page in Gen.Int[0, Pages.Length - 1]
            from cut in Gen.Double[0, 1]
            from junk in Gen.Int[0, Junk.Length - 1].Array[0, 8]
            from at in Gen.Double[0, 1].Array[8]
            from kind in Gen.Enum<EventKind>()
            select (page, cut, junk, at, kind);

        gen.Sample(sample =>
        {
            var text = Pages[sample.page];
            text = text[..(int)(text.Length * (0.2 + (0.8 * sample.cut)))];
            for (var i = 0; i < sample.junk.Length; i++)
            {
                var pos = (int)(text.Length * sample.at[i]);
                text = text[..pos] + Junk[sample.junk[i]] + text[pos..];
            }

            var context = CorpusPage.FromText(text, "mutated.md", sample.kind);
            _ = Bot.Core.Recaps.TalkExtractor.Extract(context);
            return context.Diagnostics.Items.All(d => d.Code != "talks-failed");
        }, iter: 3000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("\0\u0001\uFFFD")]
    public void Degenerate_pages_give_no_talks(string text)
    {
        var context = CorpusPage.FromText(text, "odd.md", EventKind.Meetup);

        Bot.Core.Recaps.TalkExtractor.Extract(context).Should().BeEmpty();
        context.Diagnostics.Items.Should().NotContain(d => d.Code == "talks-failed");
    }

    [Theory]
    [InlineData("本次分享嘉宾：\n\n- 张三，某司工程师\n- \u00a0\n- 李四，某司架构师\n")]
    [InlineData("Panelists included:\n\n- \u200b\n- Jane Doe from Acme\n")]
    public void A_blank_item_in_a_list_of_guests_under_a_label_is_passed_over(string text)
    {
        var context = CorpusPage.FromText(text, "guests.md", EventKind.Meetup);

        _ = Bot.Core.Recaps.TalkExtractor.Extract(context);

        context.Diagnostics.Items.Should().NotContain(d => d.Code == "talks-failed");
    }

    [Fact]
    public void Deeply_nested_lists_and_quotes_are_walked_in_bounded_depth()
    {
        var deep = string.Concat(Enumerable.Range(0, 50).Select(i => new string(' ', i * 2) + "- > 讲师：某某\n"));
        var context = CorpusPage.FromText(deep, "deep.md", EventKind.Meetup);

        var talks = Bot.Core.Recaps.TalkExtractor.Extract(context);

        // The one speaker line names the presenter of the page's single session, whatever the nesting.
        talks.Should().HaveCountLessThanOrEqualTo(1);
        talks.SelectMany(t => t.Speakers).Select(s => s.Name).Should().OnlyContain(n => n == "某某");
        context.Diagnostics.Items.Should().NotContain(d => d.Code == "talks-failed");
    }
}
