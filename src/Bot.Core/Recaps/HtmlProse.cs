using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Bot.Core.Recaps;

/// <summary>Pages synced from an event site (a meetup.com description, a CMS export) hold their prose as raw HTML blocks:
/// <c>&lt;p&gt;6:30 - Mingling&lt;br/&gt;* Calling C from Python - Dave Kaspar&lt;/p&gt;</c>. Markdown keeps such a block
/// as one opaque piece, so every reading of lines, labels and talks would pass it by; written back as the Markdown it
/// shows (paragraphs, line breaks, list items, headings, links), it is read like the rest of the page.</summary>
internal static partial class HtmlProse
{
    /// <summary>The page with each HTML block that shows text written as Markdown, or null when it has none (most pages:
    /// they are then parsed once). Tables stay HTML (read as tables); comments, scripts, styles and declarations stay as
    /// they are.</summary>
    public static ShownPage? Rewrite(MarkdownDocument document, string markdown)
    {
        StringBuilder? page = null;
        List<int>? lineOf = null;
        var (copied, line) = (0, 1);
        foreach (var block in document)
        {
            if (block is not HtmlBlock html || html.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock)
                || html.Span.Start >= markdown.Length)
            {
                continue;
            }

            var start = html.Span.Start;
            var end = Math.Min(html.Span.End + 1, markdown.Length);
            var source = markdown.AsSpan(start, end - start);
            // Only paragraphs, line breaks and bare lines of text make a block prose: a `<figure>` with its captions or a
            // `<div>` of layout is written to be seen, not read line by line, and keeps the reading it always had.
            if (!(source.Contains("<p", StringComparison.OrdinalIgnoreCase) || source.Contains("<br", StringComparison.OrdinalIgnoreCase) || HasBareLine(source))
                || source.Contains("<table", StringComparison.OrdinalIgnoreCase) || !ShowsText(source) || ToMarkdown(source.ToString()) is not { Length: > 0 } text)
            {
                continue;
            }

            // A video player framed in the prose (the talk's recording) stays a frame of its own, read as the page's video.
            foreach (var video in source.Contains("<iframe", StringComparison.OrdinalIgnoreCase) ? Outline.VideoShortcode.Frames(source.ToString()) : [])
            {
                text += $"\n\n<iframe src=\"{video}\">";
            }

            page ??= new StringBuilder(markdown.Length + 256);
            lineOf ??= [];
            line = Copy(markdown.AsSpan(copied, start - copied), page, lineOf, line);
            // Every line the block becomes is reported as the line the block starts on.
            foreach (var c in text.AsSpan())
            {
                if (c == '\n')
                {
                    lineOf.Add(line);
                }
            }

            lineOf.AddRange([line, line, line, line]);
            page.Append("\n\n").Append(text).Append("\n\n");
            line += source.Count('\n');
            copied = end;
        }

        if (page is null || lineOf is null)
        {
            return null;
        }

        line = Copy(markdown.AsSpan(copied), page, lineOf, line);
        lineOf.Add(line);
        return new ShownPage(page.ToString(), [.. lineOf]);
    }

    // `<div class="heading">When and where?</div>` then `19:00 BST on 7 April` on the next line: text written after the
    // block's opening tag line with no tag or shortcode of its own is prose the block swallowed (to the next blank line).
    private static bool HasBareLine(ReadOnlySpan<char> html)
    {
        var first = true;
        foreach (var range in html.Split('\n'))
        {
            var line = html[range].Trim();
            if (!first && line.Length > 0 && line[0] is not ('<' or '{')
                && (line.ContainsAnyInRange('0', '9') || line.ContainsAnyInRange('A', 'z') || line.ContainsAnyInRange('\u4E00', '\u9FFF')))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    // Whether anything outside the tags is a letter or a digit: a `<br/>` or `<p><img …></p>` alone is not converted at all.
    private static bool ShowsText(ReadOnlySpan<char> html)
    {
        var inTag = false;
        foreach (var c in html)
        {
            inTag = c switch { '<' => true, '>' => false, _ => inTag };
            if (!inTag && char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // Appends a stretch of the page as written, each of its lines the page's own.
    private static int Copy(ReadOnlySpan<char> text, StringBuilder page, List<int> lineOf, int line)
    {
        page.Append(text);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lineOf.Add(line++);
            }
        }

        return line;
    }

    /// <summary>The Markdown an HTML fragment shows; empty when it shows no text (an image, an embed, a bare
    /// <c>&lt;br/&gt;</c>).</summary>
    public static string ToMarkdown(string html)
    {
        var text = Anchor().Replace(html, m => Link(m.Groups["url"].Value, m.Groups["text"].Value));
        text = Heading().Replace(text, m => "\n\n" + new string('#', m.Groups["level"].Value[0] - '0') + " ");
        text = LineBreak().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = BlockTag().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, ""));
        var markdown = new StringBuilder(text.Length);
        var blank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (!blank)
                {
                    markdown.Append('\n');
                }

                blank = true;
                continue;
            }

            markdown.Append(line).Append('\n');
            blank = false;
        }

        var result = markdown.ToString().Trim();
        return result.Any(char.IsLetterOrDigit) ? result : "";
    }

    /// <summary>The text an inline HTML fragment shows on one line (<c>&lt;a href=…&gt;某某公馆&lt;/a&gt;, 某某路</c>): tags
    /// dropped, entities decoded, spaces collapsed.</summary>
    public static string PlainText(string html) => Spaces().Replace(WebUtility.HtmlDecode(AnyTag().Replace(html, "")), " ").Trim();

    private static string Link(string url, string html)
    {
        var text = Spaces().Replace(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")), " ").Trim();
        url = WebUtility.HtmlDecode(url).Trim();
        return text.Length == 0 ? "" : url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? $"[{text.Replace("]", "\\]")}]({url.Replace(" ", "%20")})" : text;
    }

    // Without backtracking: a block of many anchors left open costs its length, not its length squared.
    [GeneratedRegex(@"<a\s[^>]*?href\s*=\s*[""'](?<url>[^""']*)[""'][^>]*>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<h(?<level>[1-6])(\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li(\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?(p|div|h[1-6]|ul|ol|section|article|blockquote|center|header|footer|dl|dt|dd)(\s[^>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    // A tag opens with a letter, `/` or `!`: Hugo's `{{< shortcode >}}` inside a block is no tag and stays for its readers.
    [GeneratedRegex(@"<[/!]?[A-Za-z][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

/// <summary>A page with its HTML prose written as Markdown, and for each of its lines the line of the page it came from
/// (what diagnostics report: the author's file, not the rewrite).</summary>
internal sealed record ShownPage(string Markdown, int[] LineOf)
{
    public int OriginalLine(int line) => LineOf.Length == 0 ? line : LineOf[Math.Clamp(line, 1, LineOf.Length) - 1];
}
