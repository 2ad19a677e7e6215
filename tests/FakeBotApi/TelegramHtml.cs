using System.Globalization;
using System.Text;

namespace FakeBotApi;

/// <summary>Telegram's HTML parse mode, as strict as the Bot API: only its tags, balanced, only
/// <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric entities. Errors carry Telegram's wording after
/// "can't parse entities: " and UTF-8 byte offsets, like the real server.</summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> SimpleTags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "tg-emoji", "span"];

    public static HtmlParseResult Parse(string html)
    {
        var plain = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                if (!TryDecodeEntity(html, ref i, plain))
                    return Fail(plain, $"Unsupported HTML entity at byte offset {ByteOffset(html, i)}");
                continue;
            }
            if (c != '<')
            {
                plain.Append(c);
                i++;
                continue;
            }
            var error = html.AsSpan(i).StartsWith("</") ? ReadEndTag(html, ref i, open) : ReadStartTag(html, ref i, open);
            if (error is not null)
                return Fail(plain, error);
        }
        return open.Count > 0
            ? Fail(plain, $"Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : new HtmlParseResult(plain.ToString(), null);
    }

    private static HtmlParseResult Fail(StringBuilder plain, string reason) => new(plain.ToString(), reason);

    private static string? ReadEndTag(string html, ref int i, Stack<string> open)
    {
        var start = i;
        var j = i + 2;
        var name = ReadName(html, ref j);
        while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
        if (j >= html.Length || html[j] != '>')
            return $"Unclosed end tag at byte offset {ByteOffset(html, start)}";
        if (open.Count == 0)
            return $"Unexpected end tag at byte offset {ByteOffset(html, start)}";
        if (open.Peek() != name)
            return $"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{open.Peek()}>\", found \"</{name}>\"";
        open.Pop();
        i = j + 1;
        return null;
    }

    private static string? ReadStartTag(string html, ref int i, Stack<string> open)
    {
        var start = i;
        var j = i + 1;
        var name = ReadName(html, ref j);
        if (name.Length == 0 || !SimpleTags.Contains(name))
            return $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, start)}";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (j < html.Length && char.IsWhiteSpace(html[j])) j++;
            if (j >= html.Length)
                return $"Unclosed start tag at byte offset {ByteOffset(html, start)}";
            if (html[j] == '>')
                break;
            var attribute = ReadName(html, ref j);
            if (attribute.Length == 0)
                return $"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, start)}";
            var value = "";
            if (j < html.Length && html[j] == '=')
            {
                j++;
                if (!TryReadAttributeValue(html, ref j, out value))
                    return $"Unclosed start tag at byte offset {ByteOffset(html, start)}";
            }
            attributes[attribute] = value;
        }
        var tagError = CheckAttributes(name, attributes, ByteOffset(html, start));
        if (tagError is not null)
            return tagError;
        open.Push(name);
        i = j + 1;
        return null;
    }

    private static string? CheckAttributes(string name, Dictionary<string, string> attributes, int offset) => name switch
    {
        "span" when !attributes.TryGetValue("class", out var css) || css != "tg-spoiler" =>
            $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {offset}",
        "tg-emoji" when !attributes.TryGetValue("emoji-id", out var id) || !long.TryParse(id, CultureInfo.InvariantCulture, out _) =>
            $"Custom emoji entity must contain a valid emoji-id at byte offset {offset}",
        _ => null,
    };

    private static string ReadName(string html, ref int j)
    {
        var from = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or '_')) j++;
        return html[from..j].ToLowerInvariant();
    }

    private static bool TryReadAttributeValue(string html, ref int j, out string value)
    {
        value = "";
        if (j >= html.Length) return false;
        if (html[j] is '"' or '\'')
        {
            var quote = html[j];
            var end = html.IndexOf(quote, j + 1);
            if (end < 0) return false;
            var decoded = new StringBuilder();
            var k = j + 1;
            while (k < end)
                if (html[k] != '&' || !TryDecodeEntity(html, ref k, decoded)) decoded.Append(html[k++]);
            value = decoded.ToString();
            j = end + 1;
            return true;
        }
        var from = j;
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>') j++;
        value = html[from..j];
        return true;
    }

    private static bool TryDecodeEntity(string html, ref int i, StringBuilder output)
    {
        var end = html.IndexOf(';', i);
        if (end < 0 || end - i > 12) return false;
        var body = html.AsSpan(i + 1, end - i - 1);
        string? text = body switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ => DecodeNumeric(body),
        };
        if (text is null) return false;
        output.Append(text);
        i = end + 1;
        return true;
    }

    private static string? DecodeNumeric(ReadOnlySpan<char> body)
    {
        if (body.Length < 2 || body[0] != '#') return null;
        var hex = body[1] is 'x' or 'X';
        var digits = body[(hex ? 2 : 1)..];
        if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            return null;
        return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, Math.Min(index, html.Length)));
}
