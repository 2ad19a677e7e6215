using Bot.Core.Recaps;
using Bot.Core.Recaps.Outline;
using Bot.Core.Recaps.Talks;
using CsCheck;
using Markdig;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>The talk view takes paragraph texts from the outline rather than reading the inlines again; what the
/// layouts see must not change.</summary>
public sealed class PageViewSpecs
{
    private static readonly string[] Pages =
        [.. RepoPaths.CorpusFiles.Select(RepoPaths.CorpusPage), .. Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)];

    private static readonly string[] Junk =
        ["<br/>", "<br>\n", "  \n", "\n", "[x](http://a)", "[](http://b)", "<http://c>", "![i](http://d.png)", "**", "`", "> ", "\n- ", "| a | b |\n|---|---|\n", "&amp;", "\u00a0"];

    [Fact]
    public void Every_corpus_and_content_page_gives_the_same_view_from_its_outline()
    {
        foreach (var page in Pages)
        {
            AssertSameView(page);
        }
    }

    [Fact]
    public void Mutated_pages_give_the_same_view_from_their_outline() =>
        Gen.Select(Gen.Int[0, Pages.Length - 1], Gen.Int[0, Junk.Length - 1].Array[1, 6], Gen.Double[0, 1].Array[6])
            .Sample((page, junk, at) =>
            {
                var text = Pages[page][..Math.Min(Pages[page].Length, 3_000)];
                for (var i = 0; i < junk.Length; i++)
                {
                    text = text.Insert((int)(at[i] * text.Length), Junk[junk[i]]);
                }

                AssertSameView(text);
            }, iter: 2_000);

    [Theory]
    [InlineData("**共建可信开源社区 | 某司 胡青**", true)]
    [InlineData("<strong>共建可信开源社区 | 某司 胡青 </strong>", true)]
    [InlineData("<b class=\"x\">共建可信开源社区</b>", true)]
    [InlineData("<strong>共建可信开源社区</strong> | 某司 胡青", false)]
    [InlineData("<strong>一</strong> 和 <strong>二</strong>", false)]
    [InlineData("<br>共建可信开源社区</strong>", false)]
    [InlineData("<body>共建可信开源社区</b>", false)]
    [InlineData("<strong>共建可信开源社区</b>", false)]
    [InlineData("<B>共建可信开源社区</b>", true)]
    public void A_paragraph_is_bold_when_one_bold_span_markdown_or_html_holds_all_of_it(string paragraph, bool bold)
    {
        var document = Markdown.Parse("前文。\n\n" + paragraph + "\n", RecapMarkdown.Pipeline);

        new PageView(document).Nodes[^1].IsBold.Should().Be(bold);
    }

    [Fact]
    public void A_paragraphs_links_are_its_markdown_links_in_order_read_once()
    {
        // Arrange
        var document = Markdown.Parse("[Slides](http://a/s.pdf) ![pic](http://b.png) [](http://e) and [video](http://c)\n", RecapMarkdown.Pipeline);
        var node = new PageView(document).Nodes.Single();

        // Act
        var links = node.Links;

        // Assert
        links.Should().Equal(("Slides", "http://a/s.pdf"), ("", "http://e"), ("video", "http://c"));
        node.Links.Should().BeSameAs(links);
    }

    [Fact]
    public void A_paragraphs_lines_are_the_outlines_line_strings_not_copies()
    {
        // Arrange
        var document = Markdown.Parse("**议题：** 示例标题\n讲师：张三\n", RecapMarkdown.Pipeline);
        var outline = PageOutline.Build(document);

        // Act
        var node = new PageView(document, outline).Nodes.Single();

        // Assert
        node.Lines.Should().Equal("议题： 示例标题", "讲师：张三");
        node.Lines[1].Should().BeSameAs(outline.Lines.Single(l => l.Text == "讲师：张三").Text);
    }

    // Runs of breaks (`<br/>` then a newline) collapse into one \n in the outline's text, so lines are compared,
    // not raw texts: every layout reads a paragraph's lines, and blank lines carry nothing.
    private static void AssertSameView(string page)
    {
        var document = Markdown.Parse(page, RecapMarkdown.Pipeline);
        var fromAst = new PageView(document);
        var fromOutline = new PageView(document, PageOutline.Build(document));

        fromOutline.Signals.Should().Be(fromAst.Signals);
        fromOutline.Nodes.Select(Shape).Should().Equal(fromAst.Nodes.Select(Shape));
    }

    private static string Shape(PageNode n) =>
        $"{n.Kind} {n.Level} {n.Line} {n.ListDepth} {n.InQuote} {n.IsBold} {n.HasLink} {string.Join('⏎', n.Lines)}";
}
