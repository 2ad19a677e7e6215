using System.Buffers;
using System.Text;
using Bot.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Outline;

/// <summary>Turns outline lines into <c>label：value</c> pairs. In the 概要 block every list item starts a pair
/// (link-only bullets get an empty label) and unlabelled lines continue the previous pair, so slide links written
/// as paragraphs after <c>资料下载：</c> belong to it. In the body a labelled line with an empty value is
/// continued by link-only lines (<c>直播回放：</c> then one link per line).</summary>
public static class LabelReader
{
    private const int MaxLabelLength = 16;
    private static readonly char[] ValueFiller = [' ', '\u200B', '\u00A0', '\t', '\uFEFF'];

    // Built once, as ValueFiller: a literal list of characters is a new array on every call.
    private static readonly char[] PairSeparatorTrail = [' ', ',', '，', ';', '；', '|', '｜', '　'];

    // Built once: IndexOfAny over a literal set of non-ASCII characters builds its lookup on every call.
    private static readonly SearchValues<char> NotInLabels = SearchValues.Create("。，,！？#[《");

    public static IReadOnlyList<LabelledValue> Read(PageOutline outline)
    {
        var result = new List<LabelledValue>();
        ReadLines(outline, result);
        return result;
    }

    /// <summary>Every pair of the page in one list: the lines' (<see cref="Read"/>), then the headings', then the tables'.</summary>
    internal static List<LabelledValue> ReadAll(PageOutline outline)
    {
        var result = new List<LabelledValue>();
        ReadLines(outline, result);
        if (outline.Headings.Count > 0)
        {
            result.AddRange(FromHeadings(outline));
        }

        if (outline.Tables.Count > 0)
        {
            result.AddRange(FromTables(outline));
        }

        if (outline.HtmlTables.Count > 0)
        {
            result.AddRange(FromHtmlTables(outline));
        }

        return result;
    }

    private static void ReadLines(PageOutline outline, List<LabelledValue> result)
    {
        Builder? current = null;
        var builder = new Builder();
        string? section = null;
        var (label, value) = ("", "");
        var lines = outline.LineSpan;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!ReferenceEquals(section, line.Section) || (current is not null && current.InSummary != line.InSummary))
            {
                Flush(result, ref current);
                section = line.Section;
            }

            // A colon inside a link text (`[开源：…](…)`) is part of a title, not a label.
            var labelled = (TrySplit(line.Text, out label, out value) || EmojiLabel.TrySplit(line.Text, out label, out value)) && !line.IsLinksOnly;
            if (!labelled && i + 1 < lines.Length && lines[i + 1] is { IsLinksOnly: true } next && next.Line > line.Line && IsLinkLabelAlone(line))
            {
                // `**视频回放**` alone, the link on the next line: the label of a link, as a heading would be.
                (labelled, label, value) = (true, line.Text.Trim(), "");
            }

            if (labelled && SecondPair(value, out var head, out var nextLabel, out var nextValue))
            {
                // `会议号：123-456-789，会议链接：https://…`: two pairs; a link belongs to the value that writes it.
                Flush(result, ref current);
                var (first, second) = SplitLinks(line, nextValue);
                result.Add(new LabelledValue(label, head, first, line.Line, line.InSummary));
                current = builder.Start(nextLabel, nextValue, line with { Links = second }, line.InSummary);
                continue;
            }

            if (!labelled && !line.IsLinksOnly && SecondPair(line.Text, out _, out var saidLabel, out var saidValue))
            {
                // `11 月 22 日，沙龙在深圳举行，回放：https://…`: a sentence that ends with one of the event's facts.
                Flush(result, ref current);
                current = builder.Start(saidLabel, saidValue, line with { Links = SplitLinks(line, saidValue).Second }, line.InSummary);
                continue;
            }

            if ((!labelled || string.IsNullOrWhiteSpace(value)) && !line.InSummary && FactLabelAlone(line.Text) is { } alone && ValueBelow(lines, i) is { } below)
            {
                // `Where:` alone, the place in the paragraph below it (a synced description gives each its paragraph).
                Flush(result, ref current);
                current = builder.Start(alone, below.Text, below, false);
                i++;
                continue;
            }

            if (line.InSummary)
            {
                if (line.StartsItem && !labelled && current is { Label.Length: > 0 } && line.IsLinksOnly && current.AcceptsLinks)
                {
                    // `- 资料下载：` followed by one bullet per deck (meetup-5).
                    current.Continue(line);
                }
                else if (line.StartsItem || labelled || current is null)
                {
                    Flush(result, ref current);
                    current = builder.Start(labelled ? label : "", labelled ? value : line.Text, line, true);
                }
                else
                {
                    current.Continue(line);
                }
            }
            else if (labelled)
            {
                Flush(result, ref current);
                current = builder.Start(label, value, line, false);
            }
            else if (current is { InSummary: false } open && line.IsLinksOnly && open.AcceptsLinks)
            {
                open.Continue(line);
            }
            else
            {
                Flush(result, ref current);
            }
        }

        Flush(result, ref current);
    }

    // `Where:`, `**活动地点：**`: a line that is nothing but one of the event's fact labels and its colon.
    private static string? FactLabelAlone(string text)
    {
        var trimmed = text.AsSpan().Trim().Trim('*').Trim();
        return trimmed.Length is > 1 and <= 16 && trimmed[^1] is ':' or '：' && trimmed[..^1].Trim().ToString() is var label
            && FactLabels.Is(TextNormalizer.Key(label)) ? label : null;
    }

    // The paragraph right below a label line, in its section, when it is a short value and no label of its own.
    private static PageLine? ValueBelow(ReadOnlySpan<PageLine> lines, int at) =>
        at + 1 < lines.Length && lines[at + 1] is { StartsBlock: true, InSummary: false, Text.Length: > 0 and <= 160 } below
        && ReferenceEquals(below.Section, lines[at].Section) && !TrySplit(below.Text, out _, out _) && !EmojiLabel.TrySplit(below.Text, out _, out _)
            ? below
            : null;

    private static bool IsLinkLabelAlone(PageLine line) =>
        line.Links.Count == 0 && line.Text.Length is > 1 and <= 12 && !line.InSummary && LinkResolver.IsLinkLabel(TextNormalizer.Key(line.Text));

    // What may part two pairs on one line: a comma, a semicolon, a bar or a wide space (`, ` and `; ` with their
    // space, and two spaces: a single space may sit inside an English label).
    private static readonly SearchValues<char> PairSeparatorChars = SearchValues.Create("，；;,　|｜ ");
    private const int MaxSecondLabel = 8;

    // `12 月 9 日 19:00，地点：杭州`: a second label of the event's facts after a separator in a value. Each colon is
    // judged by the few characters before it, so a sentence with many commas costs a look at each colon only.
    private static bool SecondPair(string value, out string head, out string label, out string rest)
    {
        (head, label, rest) = ("", "", "");
        Span<char> buffer = stackalloc char[MaxSecondLabel + 2];
        for (var colon = value.AsSpan().IndexOfAny('：', ':'); colon > 0; colon = NextColon(value, colon))
        {
            var window = value.AsSpan(0, colon);
            var from = Math.Max(0, colon - MaxSecondLabel - 2);
            var separator = window[from..].LastIndexOfAny(PairSeparatorChars);
            if (separator < 0)
            {
                continue;
            }

            separator += from;
            var text = window[(separator + 1)..].Trim();
            if (text.IsEmpty || !IsPairSeparator(value, separator))
            {
                continue;
            }

            if (!FactLabels.Is(buffer[..TextNormalizer.KeyInto(text, buffer)].ToString()))
            {
                continue;
            }

            if (TrySplit(value[(separator + 1)..].TrimStart(), out label, out rest))
            {
                head = value[..separator].TrimEnd(PairSeparatorTrail).Trim(ValueFiller);
                return head.Length > 0 || separator == 0;
            }
        }

        return false;
    }

    private static int NextColon(string value, int colon) =>
        colon + 1 < value.Length && value.AsSpan(colon + 1).IndexOfAny('：', ':') is >= 0 and var next ? colon + 1 + next : -1;

    // A space parts two pairs only beside another separator or doubled (`Date: … | Venue: …`, `时间：…  地点：…`).
    private static bool IsPairSeparator(string value, int at) =>
        value[at] != ' ' || (at > 0 && value[at - 1] is ' ' or '|' or '｜' or ',' or ';' or '　');

    // The line's links split between its two pairs: those the second value writes are its own.
    private static (IReadOnlyList<PageLink> First, IReadOnlyList<PageLink> Second) SplitLinks(PageLine line, string second)
    {
        if (line.Links.Count == 0)
        {
            return ([], []);
        }

        var (a, b) = (new List<PageLink>(), new List<PageLink>());
        foreach (var link in line.Links)
        {
            (second.Contains(link.Url, StringComparison.Ordinal) || (link.Text.Length > 0 && second.Contains(link.Text, StringComparison.Ordinal)) ? b : a).Add(link);
        }

        return (a, b);
    }

    /// <summary>Labels written as headings (<c>#### 地点：上海</c>), as body pairs.</summary>
    public static IEnumerable<LabelledValue> FromHeadings(PageOutline outline)
    {
        foreach (var (text, _, line) in outline.Headings)
        {
            if (TrySplit(text, out var label, out var value) && value.Length > 0)
            {
                yield return new LabelledValue(label, value, [], line, false);
            }
        }
    }

    /// <summary>The rows of two-column tables of facts (<c>| 时间 | 2030 年 5 月 23 日 13:30 |</c>, <c>| 地点 | … |</c>), as
    /// body pairs; the label cell may end with a colon, the value cell hold links or a bare URL.</summary>
    public static IEnumerable<LabelledValue> FromTables(PageOutline outline)
    {
        foreach (var table in outline.Tables)
        {
            foreach (var block in table)
            {
                if (block is not TableRow { Count: 2 } row || CellParagraph(row[0]) is not { } labelCell || CellParagraph(row[1]) is not { } valueCell)
                {
                    continue;
                }

                var label = TextNormalizer.Clean(InlineLines.PlainText(labelCell.Inline).Replace("*", "", StringComparison.Ordinal)).Trim().TrimEnd(Marks.Colons);
                if (label.Length is 0 or > MaxLabelLength)
                {
                    continue;
                }

                var line = row.Line + 1;
                var value = InlineLines.PlainText(valueCell.Inline).Replace("*", "", StringComparison.Ordinal).Trim(ValueFiller);
                var links = new List<PageLink>();
                foreach (var link in valueCell.Inline?.Descendants<LinkInline>() ?? [])
                {
                    if (!link.IsImage && link.Url is { Length: > 0 } url)
                    {
                        links.Add(new PageLink(InlineLines.PlainText(link), url, line));
                    }
                }

                if (BareUrls.MayContain(value))
                {
                    BareUrls.AddTo(value, links, line);
                }

                yield return new LabelledValue(label, value, links, line, false);
            }
        }
    }

    /// <summary>The two-cell rows of raw HTML tables (<c>&lt;th&gt;When&lt;/th&gt;&lt;td&gt;…&lt;/td&gt;</c>) as body pairs,
    /// with the links of the value cell.</summary>
    public static IEnumerable<LabelledValue> FromHtmlTables(PageOutline outline)
    {
        foreach (var html in outline.HtmlTables)
        {
            var text = html.Lines.ToString();
            var line = MarkdownText.LineOf(html);
            foreach (var (cells, offset) in HtmlCells.Rows(text))
            {
                if (cells is not [var (labelHtml, label), var (valueHtml, value)])
                {
                    continue;
                }

                label = TextNormalizer.Clean(label).Trim().TrimEnd(Marks.Colons);
                if (label.Length is 0 or > MaxLabelLength || value.Length == 0 || labelHtml.Contains("<a ", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var at = line + text.AsSpan(0, offset).Count('\n');
                var links = new List<PageLink>();
                foreach (var (linkText, url) in HtmlCells.Links(valueHtml))
                {
                    links.Add(new PageLink(linkText, url, at));
                }

                if (BareUrls.MayContain(value))
                {
                    BareUrls.AddTo(value, links, at);
                }

                yield return new LabelledValue(label, value.Trim(ValueFiller), links, at, false);
            }
        }
    }

    /// <summary>The paragraph a table cell holds (a pipe-table cell holds one), or null for an empty cell.</summary>
    internal static ParagraphBlock? CellParagraph(Block cell) => cell is TableCell { Count: > 0 } c && c[0] is ParagraphBlock p ? p : null;

    /// <summary>Splits <c>活动时间：…</c>, <c>**时间**：…</c>, <c>Date: …</c>; a colon between digits is a clock time.</summary>
    public static bool TrySplit(string text, out string label, out string value)
    {
        (label, value) = ("", "");
        if (text.Length > 0 && text[0] == '【' && TryBracketed(text, out label, out value))
        {
            return true;
        }

        var at = ColonIndex(text);
        if (at <= 0)
        {
            return false;
        }

        // Cheap rejections first: most colons on a page sit in prose, not after a label.
        var raw = text.AsSpan(0, at);
        if (raw.Length > MaxLabelLength * 3 || raw.IndexOfAny(NotInLabels) >= 0)
        {
            return false;
        }

        // `📅 直播时间：`, `▶️ 直播间：`: an emoji or symbol before a label marks it, it is not part of it.
        var candidate = Candidate(text, at);
        if (candidate is null)
        {
            return false;
        }

        label = Bilingual(candidate) ?? candidate;
        value = ValueAfter(text, at + 1);
        return true;
    }

    // `【活动时间】2030年11月22日 13:30`, `【地点】：成都`: the label in lenticular brackets, with or without a colon after them.
    private static bool TryBracketed(string text, out string label, out string value)
    {
        (label, value) = ("", "");
        var close = text.IndexOf('】', 1);
        if (close < 2 || close > MaxLabelLength + 1 || !IsCandidate(text.AsSpan(1, close - 1).Trim()))
        {
            return false;
        }

        label = text[1..close].Trim();
        value = ValueAfter(text, close + 1);
        return true;
    }

    // The value after its label, without bold marks and a second colon (`议题三：：title`, `【地点】：成都`).
    private static string ValueAfter(string text, int start)
    {
        var rest = text.AsSpan(start);
        var unstarred = rest.Contains('*') ? text[start..].Replace("*", "", StringComparison.Ordinal).AsSpan() : rest;
        var value = unstarred.TrimStart(ValueFiller);
        if (value.Length > 0 && value[0] is '：' or ':')
        {
            value = value[1..];
        }

        return value.Trim(ValueFiller).ToString();
    }

    // The label before the colon at `at`, cleaned, without its leading marks; null when it cannot be one. Most labels
    // are clean and unstarred: those are cut out of the line once, at the end, instead of copied at every step.
    private static string? Candidate(string text, int at)
    {
        var raw = text.AsSpan(0, at);
        if (raw.Contains('*') || !TextNormalizer.IsClean(raw))
        {
            var cleaned = LeadingSymbols.Strip(TextNormalizer.Clean(text[..at].Replace("*", "", StringComparison.Ordinal)).Trim());
            return IsCandidate(cleaned) ? cleaned : null;
        }

        var trimmed = raw.Trim();
        var candidate = trimmed[LeadingSymbols.Length(trimmed)..];
        return IsCandidate(candidate) ? candidate.ToString() : null;
    }

    private static bool IsCandidate(ReadOnlySpan<char> candidate) =>
        candidate.Length > 0 && (candidate.Length <= MaxLabelLength || IsShortPhrase(candidate) || IsBilingualPhrase(candidate))
        && !candidate.Contains("http", StringComparison.OrdinalIgnoreCase) && candidate.IndexOfAny(NotInLabels) < 0;

    // English spends more letters on a label than Chinese (`Watch live on YouTube`, `Date and time`): up to four words.
    private static bool IsShortPhrase(ReadOnlySpan<char> candidate) =>
        candidate.Length <= MaxLabelLength * 2 && !candidate.ContainsAnyExcept(LatinLabelLetters) && candidate.Count(' ') <= 3;

    // `直播 Live broadcast`, `地點 Venue address`: a short Chinese label, then the same in English words (Bilingual keeps
    // the Chinese half). Short: a clause that ends in English names (`这次我们邀请了 Anthony Fu:`) is no label.
    private const int MaxBilingualHead = 6;

    private static bool IsBilingualPhrase(ReadOnlySpan<char> candidate)
    {
        var space = candidate.IndexOf(' ');
        return space is >= 2 and <= MaxBilingualHead && !candidate[..space].ContainsAnyInRange('\0', '\u007F') && IsShortPhrase(candidate[(space + 1)..]);
    }

    private static readonly SearchValues<char> LatinLabelLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -&");

    // `日期 / Date：`, `Venue / 地点：`: a label written in both languages is its Chinese half. (An acronym beside a word,
    // `PPT / 视频`, names two things and stays whole.)
    private static string? Bilingual(string label)
    {
        var slash = label.IndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || label.IndexOf(" / ", slash + 3, StringComparison.Ordinal) >= 0)
        {
            // `地点 Venue`, `时间 Time`: the two halves side by side, the Chinese one first (`分享 Slides` is one label).
            var space = label.IndexOf(' ');
            return space >= 2 && label.AsSpan(0, space).ToString() is var han && IsHan(han) && IsWord(label[(space + 1)..].Trim())
                && !FactLabels.Is(TextNormalizer.Key(label)) ? han : null;
        }

        var (left, right) = (label[..slash].Trim(), label[(slash + 3)..].Trim());
        return IsHan(left) && IsWord(right) ? left : IsHan(right) && IsWord(left) ? right : null;

        static bool IsHan(string part) => part.Length >= 2 && part.All(Speakers.NameRules.IsHan);

        static bool IsWord(string part) =>
            part.Length >= 3 && part.All(c => char.IsAsciiLetter(c) || c == ' ') && part.Any(char.IsAsciiLetterLower);
    }

    private static int ColonIndex(string text)
    {
        // A label's colon is among the first characters: only those are searched, a vectorised search per colon.
        var window = text.AsSpan(0, Math.Min(text.Length, (MaxLabelLength * 3) + 1));
        for (var from = 0; window[from..].IndexOfAny('：', ':') is var found && found >= 0; from += found + 1)
        {
            var i = from + found;
            if (!(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
            {
                return text[i] == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/' ? -1 : i;
            }
        }

        return -1;
    }

    private static void Flush(List<LabelledValue> result, ref Builder? current)
    {
        if (current is not null)
        {
            result.Add(current.Build());
            current = null;
        }
    }

    // One builder serves a page's pairs in turn: each pair is built (Flush) before the next starts, and a new builder for
    // every pair was most of what reading a page's labels allocated.
    private sealed class Builder
    {
        private string _label = "";
        private string _value = "";
        private PageLine _first = null!;
        private bool _inSummary;

        // Most pairs are one line: they keep its text and link list and copy nothing.
        private List<string>? _more;
        private List<PageLink>? _links;

        public string Label => _label;
        public bool InSummary => _inSummary;

        public Builder Start(string label, string value, PageLine first, bool inSummary)
        {
            (_label, _value, _first, _inSummary, _more, _links) = (label, value, first, inSummary, null, null);
            return this;
        }

        private IReadOnlyList<PageLink> Links => _links ?? _first.Links;

        /// <summary>Body pairs take continuation links only while they hold nothing but links.</summary>
        public bool AcceptsLinks
        {
            get
            {
                if (!HoldsOnlyLinks(_value))
                {
                    return false;
                }

                foreach (var more in _more ?? [])
                {
                    if (!HoldsOnlyLinks(more))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public void Continue(PageLine line)
        {
            (_more ??= []).Add(line.Text);
            if (line.Links.Count > 0)
            {
                (_links ??= [.. _first.Links]).AddRange(line.Links);
            }
        }

        public LabelledValue Build() => new(_label, _more is null ? _value : Joined(_more), Links, _first.Line, _inSummary);

        // The value and its continuation lines, one a line, the empty ones left out.
        private string Joined(List<string> more)
        {
            var sb = new StringBuilder(_value);
            foreach (var line in more)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(line);
            }

            return sb.ToString();
        }

        private bool HoldsOnlyLinks(string text)
        {
            if (text.Length == 0)
            {
                return true;
            }

            foreach (var link in Links)
            {
                if (text.Contains(link.Text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
