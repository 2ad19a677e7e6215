using System.Collections.Immutable;
using Bot.Core.Recaps.Outline;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Talks;

/// <summary>The page flattened once into leaves in reading order; every layout reads this instead of re-walking the AST.</summary>
internal sealed class PageView
{
    // Deeper nesting carries no agenda; the cap keeps hostile inputs bounded.
    private const int MaxDepth = 32;
    // Filled by the walk, then drained into Nodes: sized from the outline, the builder's array usually becomes Nodes'
    // own, where a list was copied into a new one.
    private readonly ImmutableArray<PageNode>.Builder _nodes;
    private readonly List<int> _headings;
    private readonly InlineText _text = new();
    private readonly PageOutline? _outline;
    private int _nextParagraph;

    /// <param name="outline">The page's outline, when the caller has one: paragraph texts are then joined from its
    /// lines instead of read from the inlines again.</param>
    public PageView(MarkdownDocument document, PageOutline? outline = null)
    {
        _outline = outline;
        // Sized from the outline, which met the same paragraphs and headings: the lists do not grow leaf by leaf.
        _headings = new List<int>(outline?.Headings.Count ?? 0);
        _nodes = ImmutableArray.CreateBuilder<PageNode>(outline is null ? 0 : outline.Paragraphs.Count + outline.Headings.Count + outline.Tables.Count);
        foreach (var block in document)
        {
            Walk(block, 0, false, 0);
        }

        Nodes = _nodes.DrainToImmutable();
    }

    /// <summary>The leaves in reading order. An immutable array rather than a list interface: every layout walks them
    /// all, and an array is walked without an enumerator object or an interface call per leaf.</summary>
    public ImmutableArray<PageNode> Nodes { get; }

    /// <summary>The headings, in page order (the people sections are looked for among them only).</summary>
    public IEnumerable<PageNode> Headings
    {
        get
        {
            foreach (var at in _headings)
            {
                yield return Nodes[at];
            }
        }
    }

    public PageSignals Signals { get; private set; }

    /// <summary>The people of the page's speaker values, read once for every layout and check that asks.</summary>
    public PeopleReadings People { get; } = new();

    public bool Has(PageSignals signals) => (Signals & signals) != 0;

    /// <summary>Index range [start, end) of the section under the first heading that contains <paramref name="word"/>
    /// and satisfies <paramref name="match"/> (given the heading without decoration).</summary>
    public (int Start, int End)? Section(string word, Func<string, bool> match) =>
        Section(text => text.Contains(word, StringComparison.Ordinal), match);

    /// <summary>The first section whose heading passes the cheap <paramref name="mayMatch"/> and whose core matches.</summary>
    public (int Start, int End)? Section(Func<string, bool> mayMatch, Func<string, bool> match)
    {
        for (var h = 0; h < _headings.Count; h++)
        {
            var node = Nodes[_headings[h]];
            if (node.Text.Length > 40 || !mayMatch(node.Text) || !match(TitleText.HeadingCore(node.Text)))
            {
                continue;
            }

            // The section runs to the next heading of its level or above, or to the end of the page.
            var next = h + 1;
            while (next < _headings.Count && Nodes[_headings[next]].Level > node.Level)
            {
                next++;
            }

            return (_headings[h] + 1, next < _headings.Count ? _headings[next] : Nodes.Length);
        }

        return null;
    }

    private void Walk(Block block, int listDepth, bool quoted, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        // Paragraphs first, then containers: each type test is a helper call, most blocks are paragraphs and most of the
        // rest list items, which would otherwise be tested against every leaf type before the container case.
        switch (block)
        {
            case ParagraphBlock paragraph:
                var (text, lines, hasLink) = FromOutline(paragraph) ?? (_text.Of(paragraph.Inline, out var found), null, found);
                if (BoldLines(paragraph.Inline, text) is { } bold)
                {
                    AddLines(paragraph, text, bold, listDepth, quoted);
                    return;
                }

                Add(NodeKind.Paragraph, 0, text, paragraph, listDepth, quoted, IsBoldOnly(paragraph.Inline), hasLink, lines);
                return;
            case ContainerBlock container:
                WalkContainer(container, listDepth, quoted, depth);
                return;
            case HeadingBlock heading:
                Add(NodeKind.Heading, heading.Level, _text.Of(heading.Inline, out _), heading, listDepth, quoted, false, false);
                return;
            case HtmlBlock html:
                Add(NodeKind.Html, 0, html.Lines.ToString(), html, listDepth, quoted, false, false);
                return;
            case ThematicBreakBlock:
                Add(NodeKind.Break, 0, string.Empty, block, listDepth, quoted, false, false);
                return;
        }

        // Any other leaf (code, front matter) carries no agenda.
    }

    private void WalkContainer(ContainerBlock container, int listDepth, bool quoted, int depth)
    {
        switch (container)
        {
            case Table table:
                Add(NodeKind.Table, 0, string.Empty, table, listDepth, quoted, false, false);
                return;
            case ListBlock list:
                foreach (var child in list)
                {
                    Walk(child, listDepth + 1, quoted, depth + 1);
                }

                return;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Walk(child, listDepth, true, depth + 1);
                }

                return;
            default:
                foreach (var child in container)
                {
                    Walk(child, listDepth, quoted, depth + 1);
                }

                return;
        }
    }

    // Both walks visit paragraphs in page order and this one skips some (tables, deep nesting), so the outline's
    // entry for a paragraph is always at or after the last one used.
    private (string Text, string[]? Lines, bool HasLink)? FromOutline(ParagraphBlock paragraph)
    {
        var paragraphs = _outline?.Paragraphs ?? [];
        for (var i = _nextParagraph; i < paragraphs.Count; i++)
        {
            var entry = paragraphs[i];
            if (ReferenceEquals(entry.Block, paragraph))
            {
                _nextParagraph = i + 1;
                var (text, lines) = TextOf(entry);
                return (text, lines, entry.HasLink);
            }
        }

        return null;
    }

    // The paragraph's non-empty lines joined by \n; a one-line paragraph shares its line's string. The lines of a
    // longer one are its node's lines when splitting the text again would give them back unchanged (each trimmed,
    // without a line break): the layouts then read the outline's strings instead of a copy of each.
    private (string Text, string[]? Lines) TextOf(ParagraphLines paragraph)
    {
        // Read as a span, counted first: no interface call per line and no list to gather them in.
        var lines = _outline!.LineSpan.Slice(paragraph.First, paragraph.Count);
        var count = 0;
        string? single = null;
        foreach (var line in lines)
        {
            if (line.Text.Length > 0)
            {
                single ??= line.Text;
                count++;
            }
        }

        if (count <= 1)
        {
            return (single ?? "", null);
        }

        var several = new string[count];
        var trimmed = true;
        count = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length > 0)
            {
                several[count++] = line.Text;
                trimmed &= IsOneTrimmedLine(line.Text);
            }
        }

        return (string.Join('\n', several), trimmed ? several : null);
    }

    private static bool IsOneTrimmedLine(string line) =>
        !char.IsWhiteSpace(line[0]) && !char.IsWhiteSpace(line[^1]) && !line.Contains('\n');

    private void Add(NodeKind kind, int level, string text, Block block, int listDepth, bool quoted, bool bold, bool hasLink, string[]? lines = null, int line = 0)
    {
        if (kind == NodeKind.Heading)
        {
            _headings.Add(_nodes.Count);
        }

        _nodes.Add(new PageNode(kind, level, text, line > 0 ? line : block.Line + 1, listDepth, quoted, bold, hasLink, block) { Lines = lines! });
        Signals |= PageSignalReader.Of(kind, text, bold, hasLink);
    }

    // A paragraph written line by line with hard breaks (`**1. 14:00-14:40 Title**  ⏎ 演讲人：王超，…  ⏎ **2. …**`), one
    // bold line per item: read as the paragraphs it stands for, one per line, as if blank lines parted them.
    // Lines that open with no bold label continue the labelled line above (`**Description:** how ntfy …⏎ alerting …`).
    private void AddLines(ParagraphBlock paragraph, string text, (bool Bold, bool HasLink, bool Labelled)[] lines, int listDepth, bool quoted)
    {
        var split = text.Split('\n');
        var byLabel = lines.Count(l => l.Bold) < 2;
        for (var i = 0; i < split.Length; i++)
        {
            var (bold, hasLink, _) = lines[i];
            var last = i;
            while (byLabel && last + 1 < split.Length && !lines[last + 1].Labelled)
            {
                hasLink |= lines[++last].HasLink;
            }

            var line = last == i ? split[i].Trim() : string.Join(' ', split[i..(last + 1)].Select(l => l.Trim()));
            Add(NodeKind.Paragraph, 0, line, paragraph, listDepth, quoted, bold && last == i, hasLink, line: paragraph.Line + 1 + i);
            i = last;
        }
    }

    // Per line of the paragraph (split at its line breaks): whether it is one bold span, whether it holds a link and
    // whether it opens with a bold label (`**Topic:** GnuCash \`); null unless at least two lines are bold, or the first
    // and another open with a label, and every line has text of its own (an image-only line or raw HTML, which the
    // page's two text readers may count differently, leaves the paragraph whole).
    private static (bool Bold, bool HasLink, bool Labelled)[]? BoldLines(ContainerInline? inline, string text)
    {
        if (inline is null || text.IndexOf('\n') < 0 || !HasTwoStrong(inline))
        {
            return null;
        }

        var lines = new List<(bool Bold, bool HasLink, bool Labelled)>();
        var (strong, other, link, labelled) = (0, false, false, false);
        for (var child = inline.FirstChild; ; child = child.NextSibling)
        {
            switch (child)
            {
                case null or LineBreakInline:
                    if (strong + (other ? 1 : 0) == 0)
                    {
                        return null;
                    }

                    lines.Add((strong == 1 && !other, link, labelled));
                    if (child is null)
                    {
                        var split = lines.Count(l => l.Bold) >= 2 || (lines[0].Labelled && lines.Count(l => l.Labelled) >= 2);
                        return split && lines.Count == text.AsSpan().Count('\n') + 1 ? [.. lines] : null;
                    }

                    (strong, other, link, labelled) = (0, false, false, false);
                    break;
                case HtmlInline:
                    return null;
                case var _ when !HasText(child):
                    break;
                case EmphasisInline { DelimiterCount: 2 } e:
                    labelled |= strong == 0 && !other && IsLabel(e);
                    strong++;
                    link |= e.FirstChild is LinkInline;
                    break;
                default:
                    (other, link) = (true, link || child is LinkInline);
                    break;
            }
        }
    }

    // `**Topic:**`, `**时间：**`: bold text that ends with a colon.
    private static bool IsLabel(EmphasisInline strong) =>
        strong.LastChild is LiteralInline literal && literal.Content.AsSpan().TrimEnd() is [.., ':' or '：'];

    // Whether an inline shows any text: not whitespace, an image, or a link around nothing else.
    private static bool HasText(Inline inline) => inline switch
    {
        LiteralInline literal => !literal.Content.IsEmptyOrWhitespace(),
        LinkInline { IsImage: true } => false,
        ContainerInline container => HasChildText(container),
        LineBreakInline => false,
        _ => true,
    };

    private static bool HasChildText(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (HasText(child))
            {
                return true;
            }
        }

        return false;
    }

    // Most paragraphs of several lines have no two bold spans at their top level: they are not scanned line by line.
    private static bool HasTwoStrong(ContainerInline inline)
    {
        var strong = 0;
        for (var child = inline.FirstChild; child is not null && strong < 2; child = child.NextSibling)
        {
            strong += child is EmphasisInline { DelimiterCount: 2 } ? 1 : 0;
        }

        return strong == 2;
    }

    // `🧱 **10.30am - 11.10am : Title**`: an emoji before a bold line decorates it; a letter or digit would be text.
    private static bool IsDecoration(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return text.Trim().Length <= 4;
    }

    private static bool IsBoldOnly(ContainerInline? inline)
    {
        if (inline is null)
        {
            return false;
        }

        if (IsHtmlBoldOnly(inline))
        {
            return true;
        }

        var strong = 0;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case EmphasisInline { DelimiterCount: 2 }:
                    strong++;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LiteralInline decoration when strong == 0 && IsDecoration(decoration.Content.AsSpan()):
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return strong == 1;
    }

    // `<strong>title | 某司总经理 胡正策</strong>`: pages written with HTML tags make the whole paragraph bold with them.
    private static bool IsHtmlBoldOnly(ContainerInline inline)
    {
        var first = inline.FirstChild;
        var last = inline.LastChild;
        while (last is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() && last != first)
        {
            last = last.PreviousSibling;
        }

        if (first is not HtmlInline { Tag: var open } || last is not HtmlInline { Tag: var close } || first == last
            || (IsTag(open, "<strong") ? "</strong>" : IsTag(open, "<b") ? "</b>" : null) is not { } closing
            || !close.Equals(closing, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var child = first.NextSibling; child != last; child = child!.NextSibling)
        {
            if (child is HtmlInline)
            {
                return false;
            }
        }

        return true;

        static bool IsTag(string tag, string name) =>
            tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && tag.Length > name.Length && tag[name.Length] is '>' or ' ';
    }
}
