using System.Runtime.InteropServices;
using Bot.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Bot.Core.Recaps.Outline;

/// <summary>The page seen as lines under headings, built from the Markdig AST: what the label, date and link
/// readers work on. Marks the 概要 block: a <c>#</c>/<c>##</c> 概要 heading's section, or a leading list whose
/// first item starts with 活动 (docs/PAGE-FORMAT.md §3).</summary>
public sealed class PageOutline
{
    // Pages nest a few levels; anything deeper is junk and is not worth a deep recursion.
    private const int MaxDepth = 48;
    private static readonly char[] HeadingDecoration = ['|', ' ', '#'];

    // Both set by Build from its splitter's lists, each at its exact count.
    private List<PageLine> _lines = null!;
    private readonly List<PageImage> _images = [];
    private readonly List<(string Text, int Level, int Line)> _headings = [];
    private List<ParagraphLines> _paragraphs = null!;
    private readonly List<Table> _tables = [];
    private List<HtmlBlock>? _htmlTables;
    private List<SectionLines>? _sections;
    private string?[]? _sectionKeys;
    private string? _section;
    private bool _inSummary;
    private bool _seenContent;
    private ListBlock? _summaryList;
    private string? _markdown;

    // Set while the outline is built only.
    private InlineLines.Splitter _splitter = null!;

    private PageOutline()
    {
    }

    public IReadOnlyList<PageLine> Lines => _lines;

    /// <summary><see cref="Lines"/> as a span: the readers that walk every line of every page skip the interface's enumerator.</summary>
    internal ReadOnlySpan<PageLine> LineSpan => CollectionsMarshal.AsSpan(_lines);

    /// <summary>Whether a line of the page says what <paramref name="says"/> looks for: a loop over the lines' span, where
    /// LINQ's Any took an enumerator and a delegate call per line for each of the page-wide questions.</summary>
    internal bool AnyLine(Func<string, bool> says)
    {
        foreach (var line in LineSpan)
        {
            if (says(line.Text))
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<PageImage> Images => _images;
    public IReadOnlyList<(string Text, int Level, int Line)> Headings => _headings;
    public bool HasSummary { get; private set; }

    /// <summary>The Markdown tables met on the walk, in page order (their cells' lines are in <see cref="Lines"/> too).</summary>
    public IReadOnlyList<Table> Tables => _tables;

    /// <summary>The raw HTML blocks that hold a <c>&lt;table&gt;</c>, in page order (a page without front matter may
    /// state its facts in one: <c>&lt;th&gt;When&lt;/th&gt;&lt;td&gt;Monday, October 12, 2026 6:30 PM&lt;/td&gt;</c>).</summary>
    public IReadOnlyList<HtmlBlock> HtmlTables => _htmlTables ?? [];

    private List<(string Url, string? Section)>? _embeddedVideos;

    /// <summary>The videos the page's HTML blocks embed (<c>&lt;iframe src="//www.youtube.com/embed/…"&gt;</c>), in
    /// order, with the section each stands in.</summary>
    internal IReadOnlyList<(string Url, string? Section)> EmbeddedVideos => _embeddedVideos ?? [];
    public bool Truncated { get; private set; }

    /// <summary>Each paragraph's run of <see cref="Lines"/>, in page order: the talk view reads paragraph texts from
    /// here instead of walking every paragraph's inlines a second time.</summary>
    internal IReadOnlyList<ParagraphLines> Paragraphs => _paragraphs;

    /// <summary>The lines under each heading, in page order (lines before the first heading are in none): readers that
    /// pick lines by their heading judge each heading once instead of once per line.</summary>
    internal IReadOnlyList<SectionLines> Sections => _sections ??= RunsOfSections();

    /// <summary>Whether a line or heading of the page may hold one of <paramref name="words"/>: false only when the page's
    /// Markdown writes none of their first characters and no character reference that Markdig could decode into one
    /// (<c>&amp;#35748;</c>; no named reference spells a CJK character). A rule that searches every line for its words
    /// skips, with one vectorised search of the page, the pages that cannot hold them.</summary>
    internal bool MayHold(Text.ExactWords words) =>
        _markdown is null || words.AnyInitialIn(_markdown)
        || _markdown.Contains(words.InitialsAreCjk ? "&#" : "&", StringComparison.Ordinal);

    /// <summary>The <see cref="Text.TextNormalizer.Key"/> of <paramref name="section"/>'s heading, made once a page: the
    /// time, topic, live and link readers each compare the section headings by their keys.</summary>
    internal string KeyOf(SectionLines section) =>
        (_sectionKeys ??= new string?[Sections.Count])[section.Index] ??= TextNormalizer.Key(section.Heading);

    internal ReadOnlySpan<PageLine> LinesIn(SectionLines section) => CollectionsMarshal.AsSpan(_lines).Slice(section.First, section.Count);

    /// <summary>The first line under each short heading whose key <paramref name="isLabel"/> accepts, in page order, with
    /// the line after it in that section if there is one: a heading that is a label with its value on the line below
    /// (<c>## 分享时间</c>, <c>## 活动地点</c>).</summary>
    internal IEnumerable<(string Heading, PageLine First, PageLine? Next)> FirstLinesUnder(Func<string, bool> isLabel)
    {
        foreach (var section in Sections)
        {
            if (section.Count > 0 && section.Heading.Length <= 24 && (isLabel(KeyOf(section)) || EitherHalf(KeyOf(section), isLabel)))
            {
                // `The address of the venue:` above the address: a line that introduces the value is not the value.
                var at = section.First;
                at += section.Count > 1 && (_lines[at].Text.EndsWith(':') || _lines[at].Text.EndsWith('：')) ? 1 : 0;
                yield return (section.Heading, _lines[at], at + 1 < section.First + section.Count ? _lines[at + 1] : null);
            }
        }
    }

    // `## 活动时间 / Time`, `## 地点｜Venue`: a heading that says its label in two languages.
    private static bool EitherHalf(string key, Func<string, bool> isLabel)
    {
        var bar = key.AsSpan().IndexOfAny('/', '|');
        return bar > 0 && (isLabel(key[..bar].Trim()) || isLabel(key[(bar + 1)..].Trim()));
    }

    /// <param name="markdown">The Markdown the document was parsed from, which lets <see cref="MayHold"/> answer for the
    /// whole page at once; without it every page may hold every word.</param>
    public static PageOutline Build(MarkdownDocument document, string? markdown = null)
    {
        var outline = new PageOutline { _markdown = markdown };
        outline._headings.Capacity = TopLevelHeadings(document);
        var splitter = outline._splitter = InlineLines.Splitter.Rent(outline._images);
        foreach (var block in document)
        {
            outline.Visit(block, 0, false);
        }

        (outline._lines, outline._paragraphs) = (new List<PageLine>(splitter.Lines), new List<ParagraphLines>(splitter.Paragraphs));
        splitter.Return();
        outline._splitter = null!;
        return outline;
    }

    private void Visit(Block block, int depth, bool itemStart)
    {
        if (depth > MaxDepth)
        {
            Truncated = true;
            return;
        }

        // Paragraphs first: each type test is a helper call, and most blocks are paragraphs.
        switch (block)
        {
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, depth, itemStart);
                break;
            case YamlFrontMatterBlock:
                return;
            case HtmlBlock html when HoldsTable(html):
                (_htmlTables ??= []).Add(html);
                break;
            case HtmlBlock html:
                foreach (var url in VideoShortcode.InHtml(html))
                {
                    (_embeddedVideos ??= []).Add((url, _section));
                }

                break;
            case HeadingBlock heading:
                OnHeading(heading);
                return;
            case FencedCodeBlock code when PastedInvite.Is(code):
                _splitter.SplitCode(code, _section, _inSummary);
                break;
            case ListBlock list when !_seenContent && !HasSummary && StartsWithActivity(list):
                (_summaryList, _inSummary, HasSummary) = (list, true, true);
                VisitChildren(list, depth);
                _inSummary = false;
                break;
            case ListItemBlock item:
                var first = true;
                foreach (var child in item)
                {
                    Visit(child, depth + 1, first && _inSummary && ReferenceEquals(item.Parent, _summaryList));
                    first = false;
                }

                break;
            case ListBlock list:
                if (_inSummary && _summaryList is null)
                {
                    _summaryList = list;
                }

                VisitChildren(list, depth);
                break;
            case Table table:
                _tables.Add(table);
                VisitChildren(table, depth);
                break;
            case ContainerBlock container:
                VisitChildren(container, depth);
                break;
        }

        _seenContent = true;
    }

    private void VisitChildren(ContainerBlock container, int depth)
    {
        foreach (var child in container)
        {
            Visit(child, depth + 1, false);
        }
    }

    private static bool HoldsTable(HtmlBlock html) => Holds(html, "<table");

    /// <summary>Whether an HTML block holds a tag (<c>&lt;table</c>, <c>&lt;iframe</c>), in any case. Line by line: most
    /// HTML blocks are a <c>&lt;br/&gt;</c> or an image, and joining their lines would copy each one.</summary>
    internal static bool Holds(HtmlBlock html, string tag)
    {
        var lines = html.Lines.Lines;
        for (var i = 0; i < html.Lines.Count; i++)
        {
            if (lines[i].Slice.AsSpan().Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void OnHeading(HeadingBlock heading)
    {
        _seenContent = true;
        _section = TextNormalizer.Clean(_splitter.PlainText(heading.Inline)).Trim(HeadingDecoration);
        _headings.Add((_section, heading.Level, MarkdownText.LineOf(heading)));
        _inSummary = heading.Level <= 2 && !HasSummary && _section.Contains('概') && TextNormalizer.Key(_section) == "概要";
        if (_inSummary)
        {
            (HasSummary, _summaryList) = (true, null);
        }
        else if (heading.Level <= 6)
        {
            _inSummary = false;
        }
    }

    private void AddParagraph(ParagraphBlock paragraph, int depth, bool itemStart)
    {
        var lines = _splitter.Lines;
        var first = lines.Count;
        var hasLink = _splitter.Split(paragraph, depth, _section, _inSummary, itemStart);
        _splitter.Paragraphs.Add(new ParagraphLines(paragraph, first, lines.Count - first, hasLink));
    }

    // Lines under one heading share its string, so a run ends where the reference changes.
    // Most pages' headings are all top-level blocks: counted first, they size the list, which then does not grow heading
    // by heading (a heading nested in a list or quote only grows it).
    private static int TopLevelHeadings(MarkdownDocument document)
    {
        var count = 0;
        foreach (var block in document)
        {
            count += block is HeadingBlock ? 1 : 0;
        }

        return count;
    }

    private List<SectionLines> RunsOfSections()
    {
        // A run starts at a heading: sized by them, the list does not grow run by run.
        var runs = new List<SectionLines>(_headings.Count);
        for (var first = 0; first < _lines.Count;)
        {
            var heading = _lines[first].Section;
            var end = first + 1;
            while (end < _lines.Count && ReferenceEquals(_lines[end].Section, heading))
            {
                end++;
            }

            if (heading is not null)
            {
                runs.Add(new SectionLines(heading, first, end - first, runs.Count));
            }

            first = end;
        }

        return runs;
    }

    private bool StartsWithActivity(ListBlock list) =>
        list.Count > 0 && list[0] is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock p
        && TextNormalizer.Clean(_splitter.PlainText(p.Inline)).TrimStart('*').StartsWith("活动", StringComparison.Ordinal);
}
