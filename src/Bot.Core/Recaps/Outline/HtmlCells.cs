using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Outline;

/// <summary>The cells of a raw HTML table, leniently (pages leave cells unclosed): rows split at <c>&lt;tr</c>, cells
/// at <c>&lt;th</c> and <c>&lt;td</c>, each as its HTML and its text with tags stripped and entities decoded.</summary>
internal static partial class HtmlCells
{
    /// <summary>Each row's cells and where the row starts in <paramref name="html"/>.</summary>
    public static IEnumerable<(List<(string Html, string Text)> Cells, int Offset)> Rows(string html)
    {
        var at = html.IndexOf("<tr", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var next = html.IndexOf("<tr", at + 3, StringComparison.OrdinalIgnoreCase);
            var row = next < 0 ? html[at..] : html[at..next];
            var cells = new List<(string, string)>();
            foreach (Match cell in CellOpening().Matches(row))
            {
                var start = cell.Index + cell.Length;
                var end = cell.NextMatch() is { Success: true } following ? following.Index : row.Length;
                var inner = row[start..end];
                cells.Add((inner, Text(inner, opensInTag: true)));
            }

            yield return (cells, at);
            at = next;
        }
    }

    /// <summary>The <c>&lt;a href&gt;</c> links of a cell, with their texts. Searched tag by tag, in one pass: a cell
    /// of many unclosed anchors costs no more than its length.</summary>
    public static IEnumerable<(string Text, string Url)> Links(string html)
    {
        for (var at = html.IndexOf("<a", StringComparison.OrdinalIgnoreCase); at >= 0 && at + 2 < html.Length; at = html.IndexOf("<a", at + 2, StringComparison.OrdinalIgnoreCase))
        {
            var tagEnd = html.IndexOf('>', at);
            var close = tagEnd < 0 ? -1 : html.IndexOf("</a", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                yield break;
            }

            if (char.IsWhiteSpace(html[at + 2]) && Href().Match(html, at, tagEnd - at) is { Success: true } href)
            {
                yield return (Text(html[(tagEnd + 1)..close], opensInTag: false), WebUtility.HtmlDecode(href.Groups["url"].Value));
            }

            at = close;
        }
    }

    /// <summary>The address an opening <c>&lt;a href=…&gt;</c> tag links to, entities decoded; null for any other tag.</summary>
    public static string? Href(string tag) =>
        tag.Length > 3 && tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(tag[2]) && Href().Match(tag) is { Success: true } href
            ? WebUtility.HtmlDecode(href.Groups["url"].Value)
            : null;

    // What a browser shows: entities decoded, one space between words where tags and line breaks were.
    private static string Text(string html, bool opensInTag) => Spaces().Replace(WebUtility.HtmlDecode(StripTags(html, opensInTag)), " ");

    /// <summary>The text of an HTML fragment: each tag a space, the text kept, trimmed. A fragment cut right after a
    /// tag's name (after <c>&lt;td</c>) <paramref name="opensInTag"/>: everything up to its first <c>&gt;</c> is that tag.</summary>
    public static string StripTags(string html) => StripTags(html, opensInTag: true);

    public static string StripTags(string html, bool opensInTag)
    {
        var sb = new StringBuilder(html.Length);
        // After a tag's name: its attributes, or at once the `>` that closes it.
        var inTag = opensInTag && html.Length > 0 && html[0] != '>';
        for (var i = opensInTag && !inTag ? 1 : 0; i < html.Length; i++)
        {
            var c = html[i];
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<t[hd](?=[\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CellOpening();

    [GeneratedRegex(@"\shref\s*=\s*[""'](?<url>[^""']+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
