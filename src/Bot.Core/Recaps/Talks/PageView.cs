using Bot.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Talks;

/// <summary>The page flattened once into leaves in reading order; every layout reads this instead of re-walking the AST.</summary>
internal sealed class PageView
{
    // Deeper nesting carries no agenda; the cap keeps hostile inputs bounded.
    private const int MaxDepth = 32;
    private readonly List<PageNode> _nodes = [];

    public PageView(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            Walk(block, 0, false, 0);
        }
    }

    public IReadOnlyList<PageNode> Nodes => _nodes;

    /// <summary>Index range [start, end) of the section under the first heading that satisfies <paramref name="match"/>.</summary>
    public (int Start, int End)? Section(Func<string, bool> match)
    {
        for (var i = 0; i < _nodes.Count; i++)
        {
            var node = _nodes[i];
            if (node.Kind != NodeKind.Heading || !match(TitleText.HeadingCore(node.Text)))
            {
                continue;
            }

            var end = i + 1;
            while (end < _nodes.Count && !(_nodes[end].Kind == NodeKind.Heading && _nodes[end].Level <= node.Level))
            {
                end++;
            }

            return (i + 1, end);
        }

        return null;
    }

    private void Walk(Block block, int listDepth, bool quoted, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (block)
        {
            case YamlFrontMatterBlock or FencedCodeBlock or CodeBlock:
                return;
            case HeadingBlock heading:
                Add(NodeKind.Heading, heading.Level, MarkdownText.Of(heading.Inline), heading, listDepth, quoted, false, false, false);
                return;
            case ParagraphBlock paragraph:
                Add(NodeKind.Paragraph, 0, MarkdownText.Of(paragraph.Inline), paragraph, listDepth, quoted, false, IsBoldOnly(paragraph.Inline),
                    paragraph.Inline?.FindDescendants<LinkInline>().Any(l => !l.IsImage) == true);
                return;
            case Table table:
                Add(NodeKind.Table, 0, string.Empty, table, listDepth, quoted, false, false, false);
                return;
            case HtmlBlock html:
                Add(NodeKind.Html, 0, html.Lines.ToString(), html, listDepth, quoted, false, false, false);
                return;
            case ThematicBreakBlock:
                Add(NodeKind.Break, 0, string.Empty, block, listDepth, quoted, false, false, false);
                return;
            case ListItemBlock item:
                var first = _nodes.Count;
                foreach (var child in item)
                {
                    Walk(child, listDepth, quoted, depth + 1);
                }

                if (first < _nodes.Count)
                {
                    _nodes[first] = _nodes[first] with { ItemStart = true };
                }

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
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, listDepth, quoted, depth + 1);
                }

                return;
        }
    }

    private void Add(NodeKind kind, int level, string text, Block block, int listDepth, bool quoted, bool itemStart, bool bold, bool hasLink = false) =>
        _nodes.Add(new PageNode(kind, level, text, MarkdownText.LineOf(block), listDepth, quoted, itemStart, bold, hasLink, block));

    private static bool IsBoldOnly(ContainerInline? inline)
    {
        if (inline is null)
        {
            return false;
        }

        var strong = 0;
        foreach (var child in inline)
        {
            switch (child)
            {
                case EmphasisInline { DelimiterCount: 2 }:
                    strong++;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return strong == 1;
    }
}
