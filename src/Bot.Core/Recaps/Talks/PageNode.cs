using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Talks;

internal enum NodeKind
{
    Heading,
    Paragraph,
    Table,
    Html,
    Break,
}

/// <summary>One leaf of the page in reading order, with the context layouts need (list depth, quote, bold-only).</summary>
/// <param name="Level">Heading level for headings; 0 otherwise.</param>
/// <param name="Text">Plain text (line breaks kept as <c>\n</c>); raw lines for HTML blocks.</param>
/// <param name="Line">1-based source line.</param>
/// <param name="ListDepth">0 outside lists, 1 for a top-level bullet, 2 for a nested one.</param>
/// <param name="IsBold">True when the whole paragraph is one <c>**strong**</c> span.</param>
/// <param name="HasLink">True when the paragraph holds a link (slide and replay lists are not agenda text).</param>
internal sealed record PageNode(
    NodeKind Kind,
    int Level,
    string Text,
    int Line,
    int ListDepth,
    bool InQuote,
    bool IsBold,
    bool HasLink,
    Block Block)
{
    public bool IsParagraph => Kind == NodeKind.Paragraph;

    private string[]? _lines;

    /// <summary>Lines of the text, trimmed, empty ones dropped (computed once, or given by the page view when it
    /// joined the text from lines that are so already; given null, computed).</summary>
    public string[] Lines
    {
        get => _lines ??= Text.IndexOf('\n') < 0 ? (Text.Length == 0 ? [] : [Text]) : Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        init => _lines = value;
    }

    /// <summary>True when the paragraph's first line is one bold span (<c>**A talk's title**</c>, then a line break).</summary>
    public bool OpensWithBoldLine
    {
        get
        {
            if (Block is not ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } strong })
            {
                return false;
            }

            var next = strong.NextSibling;
            while (next is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                next = next.NextSibling;
            }

            return next is LineBreakInline;
        }
    }

    /// <summary>The text of the bold span that opens the paragraph's second line (<c>**A title**</c>, a line break,
    /// then <c>**贺军** 某保险 SRE 负责人</c>), or null.</summary>
    public string? SecondLineBoldLead
    {
        get
        {
            if (!OpensWithBoldLine || Block is not ParagraphBlock { Inline: { } inline })
            {
                return null;
            }

            var next = inline.FirstOrDefault(i => i is LineBreakInline)?.NextSibling;
            while (next is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                next = next.NextSibling;
            }

            return next is EmphasisInline { DelimiterCount: 2 } strong ? Outline.InlineLines.PlainText(strong).Trim() : null;
        }
    }

    /// <summary>True when the whole paragraph is one <c>_italic_</c> span (<c>_Jane Doe - Engineer, Acme_</c>).</summary>
    public bool IsItalic =>
        Block is ParagraphBlock { Inline: { } inline } && inline.Count(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()) == 1
        && inline.Any(i => i is EmphasisInline { DelimiterCount: 1 });

    /// <summary>The plain text of the bold span the paragraph opens with (<c>**title** (Jane)</c>), or null.</summary>
    public string? LeadingBold =>
        Block is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2 } strong } ? Outline.InlineLines.PlainText(strong).Trim() : null;

    /// <summary>The text of the paragraph's one bold span when nothing but a short lead stands before it and nothing
    /// after it (<c>**title**</c>, <c>第一场**title**</c>), or null.</summary>
    public string? BoldSpan(int maxLead)
    {
        if (IsBold)
        {
            return Text;
        }

        if (Block is not ParagraphBlock { Inline.FirstChild: LiteralInline lead } || lead.Content.Length > maxLead
            || lead.NextSibling is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        for (var after = strong.NextSibling; after is not null; after = after.NextSibling)
        {
            if (after is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace())
            {
                return null;
            }
        }

        return Outline.InlineLines.PlainText(strong).Trim();
    }

    /// <summary>The bold name that a recap's sentence opens its talk with (<c>沐曦云原生专家 **郭磊** 分享了…</c>): a bold
    /// span in the first 40 characters that looks like a name and is followed by a verb of speaking; or null.</summary>
    public Events.Speaker? BoldNameSpeaking()
    {
        if (Block is not ParagraphBlock { Inline: { } inline })
        {
            return null;
        }

        var seen = 0;
        for (var child = inline.FirstChild; child is not null && seen <= 40; child = child.NextSibling)
        {
            if (child is EmphasisInline { DelimiterCount: 2 } strong && Outline.InlineLines.PlainText(strong).Trim() is var name
                && Speakers.NameRules.LooksLikeName(name) && child.NextSibling is LiteralInline next
                && ProseSpeaker.OpensWithTalkVerb(next.Content.AsSpan()))
            {
                var before = seen == 0 ? "" : Text[..Math.Min(seen, Text.Length)].Trim();
                return new Events.Speaker(name, [], before.Length > 0 ? before : null);
            }

            seen += child is LiteralInline literal ? literal.Content.Length : child is EmphasisInline e ? Outline.InlineLines.PlainText(e).Length : 0;
        }

        return null;
    }

    private (string Text, string Url)[]? _links;

    /// <summary>Links of a paragraph or heading, in order (text, url); URLs verbatim from Markdig. Read once: several layouts ask
    /// for the links of the same list item, and each reading walks the inlines and copies every link text.</summary>
    public (string Text, string Url)[] Links => _links ??= ReadLinks();

    private (string Text, string Url)[] ReadLinks()
    {
        // A heading's links are read on demand (`### Jane Doe -- Title [[slides](…)]`): HasLink speaks of paragraphs.
        if (Block is not LeafBlock { Inline: { } inline } || (!HasLink && Block is not HeadingBlock))
        {
            return [];
        }

        var links = new List<(string Text, string Url)>();
        foreach (var link in inline.FindDescendants<LinkInline>())
        {
            if (!link.IsImage && !string.IsNullOrEmpty(link.Url))
            {
                links.Add((Bot.Core.Text.MarkdownText.Of(link), link.Url));
            }
        }

        return [.. links];
    }
}
