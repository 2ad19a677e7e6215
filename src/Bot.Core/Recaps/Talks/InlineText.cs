using System.Text;
using Bot.Core.Text;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Talks;

/// <summary>Plain text of a paragraph's inlines with one reused buffer, noting links on the way: the page is
/// flattened in one pass so extraction stays cheap next to Markdig's parse. Same rules as
/// <see cref="Bot.Core.Text.MarkdownText"/>: images and raw HTML dropped, breaks (including <c>&lt;br&gt;</c>) as <c>\n</c>,
/// except inside a link's text, which stays on one line. The page parser takes these texts from the outline instead
/// (<see cref="Bot.Core.Recaps.Outline.PageOutline.Paragraphs"/>); this reader serves views built without one.</summary>
internal sealed class InlineText
{
    private readonly StringBuilder _sb = new(256);

    public string Of(ContainerInline? inline, out bool hasLink)
    {
        hasLink = false;
        if (inline is null)
        {
            return string.Empty;
        }

        _sb.Clear();
        Append(inline, ref hasLink, inLink: false);
        return _sb.ToTrimmedString();
    }

    // Inside a link's text a break is a space and <br> nothing, as the outline reads them: the text stays one line.
    private void Append(ContainerInline container, ref bool hasLink, bool inLink)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    _sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    _sb.Append(inLink ? ' ' : '\n');
                    break;
                case HtmlInline html when !inLink && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    _sb.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    _sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    _sb.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    hasLink = true;
                    Append(link, ref hasLink, inLink: true);
                    break;
                case ContainerInline child:
                    Append(child, ref hasLink, inLink);
                    break;
            }
        }
    }
}
