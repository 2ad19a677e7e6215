using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Text;

/// <summary>The one walker from Markdig inlines to plain text: literals, code, entities, link texts and autolink URLs;
/// images and raw HTML dropped. Line breaks (soft, hard and <c>&lt;br&gt;</c>) are <c>\n</c>, or spaces (and nothing for
/// <c>&lt;br&gt;</c>) where the text must stay on one line: a heading, or a link's text inside a paragraph.</summary>
public static class MarkdownText
{
    // Pages nest a few levels; anything deeper is junk and is not worth a deep recursion.
    private const int MaxDepth = 48;

    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var hasLink = false;
        Append(sb, inline, oneLine: false, linksOnOneLine: false, ref hasLink);
        return sb.ToString().Trim();
    }

    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        AppendBlock(sb, block);
        return sb.ToString().Trim();
    }

    /// <summary>1-based line of a block or inline, for diagnostics.</summary>
    public static int LineOf(MarkdownObject node) => node.Line + 1;

    /// <summary>Appends the text of <paramref name="inline"/> to <paramref name="sb"/>; <paramref name="hasLink"/> is set
    /// when a Markdown link (not an image or autolink) was read.</summary>
    /// <param name="oneLine">Breaks become spaces and <c>&lt;br&gt;</c> nothing.</param>
    /// <param name="linksOnOneLine">Inside a link's text only, breaks become spaces.</param>
    public static void Append(StringBuilder sb, ContainerInline inline, bool oneLine, bool linksOnOneLine, ref bool hasLink) =>
        Walk(sb, inline, oneLine, linksOnOneLine, ref hasLink, 0);

    private static void Walk(StringBuilder sb, ContainerInline container, bool oneLine, bool linksOnOneLine, ref bool hasLink, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (AppendLeaf(sb, inline))
            {
                continue;
            }

            switch (inline)
            {
                case LineBreakInline:
                    sb.Append(oneLine ? ' ' : '\n');
                    break;
                case HtmlInline html when !oneLine && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    sb.Append('\n');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    hasLink = true;
                    Walk(sb, link, oneLine || linksOnOneLine, linksOnOneLine, ref hasLink, depth + 1);
                    break;
                case ContainerInline child:
                    Walk(sb, child, oneLine, linksOnOneLine, ref hasLink, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Appends the text of a leaf inline (literal, code, entity, autolink URL); false for anything else.</summary>
    public static bool AppendLeaf(StringBuilder sb, Inline inline)
    {
        // Literals first: most inlines are.
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                return true;
            case CodeInline code:
                sb.Append(code.Content);
                return true;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                return true;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                return true;
            default:
                return false;
        }
    }

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                var hasLink = false;
                Append(sb, inline, oneLine: false, linksOnOneLine: false, ref hasLink);
                sb.Append('\n');
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                sb.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(sb, child);
                }

                break;
        }
    }
}
