using Bot.Core.Recaps;
using Bot.Core.Recaps.Outline;
using Bot.Core.Text;
using Markdig;

namespace Bot.Core.Tests.Recaps.Outline;

public sealed class PageOutlineSpecs
{
    private static readonly ExactWords HeldWords = new("召开", "举办");

    private static PageOutline Build(string markdown, bool withSource = true) =>
        PageOutline.Build(Markdown.Parse(markdown, RecapMarkdown.Pipeline), withSource ? markdown : null);

    [Fact]
    public void Outlines_built_one_after_another_on_a_thread_share_no_line_paragraph_image_or_link()
    {
        // The splitter, its buffers and its line and paragraph lists serve page after page on a thread: nothing of one
        // page may reach the next.
        const string first = "## 嘉宾\n\n![海报](https://example.org/a.png)\n第一行 [回放](https://example.org/1)\n第二行很长很长很长很长很长\n";
        var firstOutline = Build(first);
        var before = Summary(firstOutline);

        var second = Build("# Other\n\nOne [link](https://example.org/2)\n");

        (Summary(firstOutline), Summary(second)).Should().Be((before, "Other: One link [https://example.org/2]; images 0; paragraphs 0+1"));
        before.Should().Be("嘉宾: 第一行 回放 [https://example.org/1] / 嘉宾: 第二行很长很长很长很长很长 []; images 1; paragraphs 0+2");
    }

    [Fact]
    public void Lines_split_one_after_another_each_keep_their_own_links()
    {
        // The splitter gathers a line's links in one list it keeps from line to line: each line takes its own.
        var outline = Build("## 资料\n\n第一行 [A](https://example.org/a)\n第二行 [B](https://example.org/b) https://example.org/c\n第三行\n");

        Summary(outline).Should().Be(
            "资料: 第一行 A [https://example.org/a] / 资料: 第二行 B https://example.org/c [https://example.org/b https://example.org/c] / 资料: 第三行 []; images 0; paragraphs 0+3");
    }

    private static string Summary(PageOutline outline) =>
        string.Join(" / ", outline.Lines.Select(l => $"{l.Section}: {l.Text} [{string.Join(' ', l.Links.Select(k => k.Url))}]"))
        + $"; images {outline.Images.Count}; paragraphs {string.Join(' ', outline.Paragraphs.Select(p => $"{p.First}+{p.Count}"))}";

    [Fact]
    public void A_page_whose_markdown_writes_none_of_the_words_first_characters_cannot_hold_them()
    {
        var outline = Build("## 议程\n\n活动将于 5 月 23 日在上海开幕。\n\n[报名](https://example.org/?a=1&b=2)\n");

        var mayHold = outline.MayHold(HeldWords);

        mayHold.Should().BeFalse();
    }

    [Fact]
    public void A_page_that_writes_a_first_character_may_hold_the_words()
    {
        var outline = Build("活动将于 5 月 23 日在上海**召开**。\n");

        var mayHold = outline.MayHold(HeldWords);

        mayHold.Should().BeTrue();
    }

    [Fact]
    public void A_word_written_as_a_numeric_character_reference_is_in_the_lines_and_the_page_may_hold_it()
    {
        // Markdig decodes `&#21484;` (召) into the line's text, where the markdown itself has no 召.
        var outline = Build("活动将于 5 月 23 日在上海&#21484;开。\n");

        var mayHold = outline.MayHold(HeldWords);

        (mayHold, outline.Lines[0].Text.Contains("召开", StringComparison.Ordinal)).Should().Be((true, true));
    }

    [Fact]
    public void Words_that_start_with_a_latin_character_may_be_in_any_page_that_writes_a_reference()
    {
        var outline = Build("Tom &amp; Jerry\n");

        var mayHold = outline.MayHold(new ExactWords("&more"));

        mayHold.Should().BeTrue();
    }

    [Fact]
    public void An_outline_built_without_its_markdown_may_hold_every_word()
    {
        var outline = Build("活动将于 5 月 23 日在上海开幕。\n", withSource: false);

        var mayHold = outline.MayHold(HeldWords);

        mayHold.Should().BeTrue();
    }

    [Fact]
    public void A_sections_key_is_its_headings_key_made_once()
    {
        var outline = Build("## Live Stream\n\n一行\n\n## 分享 时间\n\n5 月 23 日\n\n## Live Stream\n\n再一行\n");

        var keys = outline.Sections.Select(outline.KeyOf).ToList();

        keys.Should().Equal("livestream", "分享时间", "livestream");
        outline.KeyOf(outline.Sections[1]).Should().BeSameAs(keys[1]);
    }
}
