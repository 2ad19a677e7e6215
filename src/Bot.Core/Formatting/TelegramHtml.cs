using System.Net;
using System.Text;

namespace Bot.Core.Formatting;

/// <summary>Reads the Telegram HTML we produce the way Telegram does: tags, entities and visible text.</summary>
public static class TelegramHtml
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(["b", "i", "a", "code", "pre", "blockquote"], StringComparer.Ordinal);

    /// <summary>The length Telegram checks against 4096: UTF-16 units of the text once tags and entities are parsed.</summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        Walk(html, text => length += text.Length, (_, _, _) => { });
        return length;
    }

    /// <summary>Plain text for a terminal: tags dropped, entities decoded, links as <c>text &lt;url&gt;</c>
    /// (just the URL when that is the link's text).</summary>
    public static string ToPlainText(string html)
    {
        var sb = new StringBuilder(html.Length);
        var links = new Stack<(string? Url, int TextStart)>();
        Walk(html, text => sb.Append(text), (name, closing, href) =>
        {
            if (name != "a")
            {
                return;
            }

            if (!closing)
            {
                links.Push((href, sb.Length));
            }
            else if (links.TryPop(out var link) && link.Url is { } url && !IsText(sb, link.TextStart, url))
            {
                sb.Append(" <").Append(url).Append('>');
            }
        });
        return sb.ToString();
    }

    private static bool IsText(StringBuilder sb, int start, string text) =>
        sb.Length - start == text.Length && sb.ToString(start, text.Length) == text;

    /// <summary>What Telegram would reject: unknown tags, unbalanced tags, a stray &lt; or &amp;. Empty when fine.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var open = new Stack<string>();
        try
        {
            Walk(html, _ => { }, (name, closing, _) =>
            {
                if (!AllowedTags.Contains(name))
                {
                    problems.Add($"tag <{name}> is not allowed");
                }
                else if (!closing)
                {
                    open.Push(name);
                }
                else if (!open.TryPop(out var top) || top != name)
                {
                    problems.Add($"</{name}> does not close the open tag");
                }
            });
        }
        catch (FormatException ex)
        {
            problems.Add(ex.Message);
        }

        problems.AddRange(open.Select(name => $"<{name}> is never closed"));
        return problems;
    }

    private static void Walk(string html, Action<string> onText, Action<string, bool, string?> onTag)
    {
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    throw new FormatException($"unterminated tag at {i}");
                }

                ReadTag(html[(i + 1)..end], onTag);
                i = end + 1;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                var raw = end < 0 ? null : html[i..(end + 1)];
                var entity = raw is null || raw.Length > 12 ? null : WebUtility.HtmlDecode(raw);
                if (entity is null || entity == raw)
                {
                    throw new FormatException($"stray & at {i}");
                }

                onText(entity);
                i = end + 1;
            }
            else
            {
                var next = html.AsSpan(i).IndexOfAny('<', '&');
                var stop = next < 0 ? html.Length : i + next;
                onText(html[i..stop]);
                i = stop;
            }
        }
    }

    private static void ReadTag(string inner, Action<string, bool, string?> onTag)
    {
        var closing = inner.StartsWith('/');
        var body = closing ? inner[1..] : inner;
        var space = body.IndexOf(' ');
        var name = (space < 0 ? body : body[..space]).ToLowerInvariant();
        string? href = null;
        if (!closing && space >= 0)
        {
            var attributes = body[(space + 1)..].Trim();
            if (attributes.StartsWith("href=\"", StringComparison.Ordinal) && attributes.EndsWith('"'))
            {
                href = WebUtility.HtmlDecode(attributes[6..^1]);
            }
        }

        onTag(name, closing, href);
    }
}
