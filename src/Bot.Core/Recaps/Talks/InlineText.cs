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
    // Sized for a heading, the text it reads most (a page view reads its paragraphs from the outline): it grows for a
    // longer text, where 256 characters were reserved on every page.
    private readonly StringBuilder _sb = new(64);

    public string Of(ContainerInline? inline, out bool hasLink)
    {
        hasLink = false;
        if (inline is null)
        {
            return string.Empty;
        }

        // Inside a link's text a break is a space and <br> nothing, as the outline reads them: the text stays one line.
        _sb.Clear();
        MarkdownText.Append(_sb, inline, oneLine: false, linksOnOneLine: true, ref hasLink);
        return Outline.StrayEmphasis.InLines(_sb.ToTrimmedString());
    }
}
