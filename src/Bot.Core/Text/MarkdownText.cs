using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Text;

/// <summary>Plain text of Markdig inlines and blocks: literals, code, link texts; images and raw HTML dropped,
/// line breaks (soft, hard and <c>&lt;br&gt;</c>) kept as <c>\n</c>.</summary>
public static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Append(sb, inline);
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

    private static void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(sb, inline);
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

    private static void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append('\n');
                break;
            case HtmlInline html when IsBreak(html.Tag):
                sb.Append('\n');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(sb, child);
                }

                break;
        }
    }

    private static bool IsBreak(string tag) => tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase);
}
