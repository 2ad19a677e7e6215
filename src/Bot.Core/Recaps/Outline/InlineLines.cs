using System.Text;
using Bot.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Outline;

/// <summary>Splits a paragraph's inlines into visual lines with their links; depth-limited so junk input with
/// thousands of nested emphasis or brackets cannot recurse deeply.</summary>
internal static class InlineLines
{
    private const int MaxDepth = 48;

    // Headings are read one at a time on a thread, so one buffer per thread serves them all.
    [ThreadStatic]
    private static StringBuilder? _plain;

    public static string PlainText(ContainerInline? inline) => PlainText(inline, (_plain ??= new StringBuilder(128)).Clear());

    private static string PlainText(ContainerInline? inline, StringBuilder sb)
    {
        if (inline is not null)
        {
            var hasLink = false;
            MarkdownText.Append(sb, inline, oneLine: true, linksOnOneLine: true, ref hasLink);
        }

        return sb.ToTrimmedString();
    }

    /// <summary>Splits paragraphs into <see cref="PageLine"/>s, reusing its buffers across paragraphs; lent to one
    /// outline at a time (<see cref="Rent"/>), so its buffers also serve page after page.</summary>
    internal sealed class Splitter
    {
        // A page's outline is built on one thread from start to end: the thread's splitter is free again once it is.
        [ThreadStatic]
        private static Splitter? _spare;

        private readonly StringBuilder _text = new(256);
        private readonly StringBuilder _plain = new(128);
        private List<PageImage> _images = [];
        // The links of the line being split, in one list kept from line to line (each line takes an array of exactly its
        // own); _links is that list once the line has met a link, null before.
        private readonly List<PageLink> _lineLinks = [];
        private List<PageLink>? _links;
        private int _line;
        private string? _section;
        private bool _inSummary;
        private bool _itemStart;
        private bool _first;
        private bool _hasLink;

        // An inline `<a href=…>` open on this line: its address and where its text starts.
        private string? _anchorUrl;
        private int _anchorFrom;

        /// <summary>The page's lines so far, in a list the splitter keeps from page to page: the outline copies them
        /// into a list of their exact count once the page is split (a list that grows line by line leaves its outgrown
        /// arrays behind on every page).</summary>
        public List<PageLine> Lines { get; } = [];

        /// <summary>Each paragraph's run of <see cref="Lines"/> so far, kept from page to page as <see cref="Lines"/> is.</summary>
        public List<ParagraphLines> Paragraphs { get; } = [];

        /// <summary>The thread's splitter, with no lines or paragraphs and writing images into <paramref name="images"/>
        /// until it is given back (<see cref="Return"/>); a new one if it is out.</summary>
        public static Splitter Rent(List<PageImage> images)
        {
            var splitter = _spare ?? new Splitter();
            _spare = null;
            splitter._images = images;
            return splitter;
        }

        /// <summary>Gives the splitter back to its thread, holding nothing of the page.</summary>
        public void Return()
        {
            (_images, _links) = ([], null);
            _lineLinks.Clear();
            _text.Clear();
            Lines.Clear();
            Paragraphs.Clear();
            // A huge page would keep its buffers alive on the thread: such a splitter is let go.
            if (_text.Capacity <= MaxKeptCapacity && _plain.Capacity <= MaxKeptCapacity && Lines.Capacity <= MaxKeptLines && Paragraphs.Capacity <= MaxKeptLines)
            {
                _spare = this;
            }
        }

        private const int MaxKeptLines = 4096;

        private const int MaxKeptCapacity = 16 * 1024;

        /// <summary><see cref="InlineLines.PlainText(ContainerInline?)"/> in this splitter's own buffer (a thread-static one
        /// costs a look-up per heading).</summary>
        public string PlainText(ContainerInline? inline) => InlineLines.PlainText(inline, _plain.Clear());

        /// <returns>Whether the paragraph holds a Markdown link (not an image, not an autolink or bare URL).</returns>
        public bool Split(ParagraphBlock paragraph, int depth, string? section, bool inSummary, bool itemStart)
        {
            (_line, _section, _inSummary, _itemStart, _first, _hasLink) = (paragraph.Line + 1, section, inSummary, itemStart, true, false);
            if (paragraph.Inline is { } inline)
            {
                Walk(inline, depth);
            }

            EndLine(_line);
            return _hasLink;
        }

        /// <summary>Each line of a code block as a line of text (its bare URLs as links), first line starting the block.</summary>
        public void SplitCode(CodeBlock code, string? section, bool inSummary)
        {
            (_section, _inSummary, _itemStart, _first) = (section, inSummary, false, true);
            var lines = code.Lines.Lines;
            for (var i = 0; i < code.Lines.Count; i++)
            {
                _line = code.Line + 2 + i;
                _text.Append(lines[i].Slice.AsSpan());
                EndLine(_line + 1);
            }
        }

        private void Walk(Inline inline, int depth)
        {
            // Type tests are helper calls that walk Markdig's class chains: the most common inline is tested first.
            switch (inline)
            {
                case LiteralInline literal:
                    _text.Append(literal.Content.AsSpan());
                    break;

                // A newline starts the next source line; a <br> starts a visual line on the same source line.
                case LineBreakInline lineBreak:
                    EndLine(lineBreak.Line + 2);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    EndLine(html.Line + 1);
                    break;

                // `<a href="https://www.meetup.com/…">RSVP for Meetup Here</a>` in a Markdown paragraph: a link as a
                // Markdown one is, its text what the anchor shows.
                case HtmlInline html when HtmlCells.Href(html.Tag) is { } url:
                    (_anchorUrl, _anchorFrom) = (url, _text.Length);
                    break;
                case HtmlInline html when _anchorUrl is not null && html.Tag.StartsWith("</a", StringComparison.OrdinalIgnoreCase):
                    _hasLink = true;
                    (_links ??= _lineLinks).Add(new PageLink(_text.ToTrimmedString(_anchorFrom), _anchorUrl, _line));
                    _anchorUrl = null;
                    break;
                case LinkInline { IsImage: true } image:
                    if (!string.IsNullOrWhiteSpace(image.Url))
                    {
                        _images.Add(new PageImage(image.Url, _line, _section));
                    }

                    break;
                case LinkInline link:
                    _hasLink = true;
                    var from = _text.Length;
                    var ignored = false;
                    MarkdownText.Append(_text, link, oneLine: true, linksOnOneLine: true, ref ignored);
                    if (!string.IsNullOrWhiteSpace(link.Url))
                    {
                        (_links ??= _lineLinks).Add(new PageLink(_text.ToTrimmedString(from), link.Url, _line));
                    }

                    break;
                case AutolinkInline autolink:
                    _text.Append(autolink.Url);
                    (_links ??= _lineLinks).Add(new PageLink(autolink.Url, autolink.Url, _line));
                    break;
                case ContainerInline container when depth < MaxDepth:
                    foreach (var child in container)
                    {
                        Walk(child, depth + 1);
                    }

                    break;
                case ContainerInline:
                    break;
                default:
                    MarkdownText.AppendLeaf(_text, inline);
                    break;
            }
        }

        /// <param name="nextLine">The 1-based source line the next visual line starts on.</param>
        private void EndLine(int nextLine)
        {
            var text = StrayEmphasis.Without(_text.ToTrimmedString());
            if (text.Length > 0 || _links is not null)
            {
                if (BareUrls.MayContain(text))
                {
                    BareUrls.AddTo(text, _links ??= _lineLinks, _line);
                }

                Lines.Add(new PageLine(text, _links is null ? [] : _links.ToArray(), _line, _section, _inSummary, _first && _itemStart, _first));
                _first = false;
            }

            _text.Clear();
            _lineLinks.Clear();
            _links = null;
            _anchorUrl = null;
            _line = nextLine;
        }
    }
}
