using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Recaps;

/// <summary>Reads the front matter pages actually write: one <c>key: value</c> per line, the value a plain or quoted
/// scalar or a one-line flow list of them, or nothing and, right under the key, a block list (<c>- item</c> lines) of
/// such scalars or of maps of such <c>key: value</c> lines, or a map of such lines, one level deep at one indentation, or a plain folded or literal
/// block scalar (<c>description: &gt;</c> and indented lines). For that text it builds
/// exactly the tree YamlDotNet's <c>Deserialize&lt;object&gt;</c> builds (maps, lists, strings, nulls); anything else
/// (deeper levels, other indentation, block scalar indicators, escapes, comments after a value, anchors, tags, multi-line
/// scalars, duplicate keys, odd characters) makes it decline, and the caller hands the text to YamlDotNet, which also reports what is wrong with it.</summary>
/// <remarks>Why not always YamlDotNet: its scanner spends about 20 µs on a typical 400-character front matter, a fifth
/// of a whole page's parse. <c>FlatFrontMatterSpecs</c> checks this reader against YamlDotNet on generated input.</remarks>
internal static partial class FlatFrontMatter
{
    // Characters that may not start a plain scalar (YAML 1.1 §9.1.3); `-`, `?` and `:` are declined even where YAML
    // would allow them, to stay well inside what both readers agree on.
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private const int MaxSizedKeys = 32;

    public static bool TryRead(string yaml, [NotNullWhen(true)] out Dictionary<object, object?>? map)
    {
        map = null;
        if (!OnlyPlainCharacters(yaml))
        {
            return false;
        }

        // Sized by the lines, as most front matter writes one key a line (capped: a long block scalar is many lines of one
        // key): the table does not grow key by key, leaving its outgrown arrays behind on every page.
        var result = new Dictionary<object, object?>(Math.Min(yaml.AsSpan().Count('\n') + 1, MaxSizedKeys));
        // Where an indented line may go: open only right after a `key:` line with nothing after it, or another of its lines.
        Block? block = null;
        BlockScalar? scalar = null;
        foreach (var raw in yaml.AsSpan().EnumerateLines())
        {
            // Tabs may trail a value (pages have them after a quoted title) but nowhere else: YamlDotNet refuses a
            // tab on a blank line, for one.
            var line = raw.TrimEnd(" \t");
            if (line.Contains('\t') || (line.IsEmpty && raw.Contains('\t')))
            {
                return false;
            }

            // A block scalar takes every blank or indented line; the first unindented one ends it.
            if (scalar is not null)
            {
                if (line.IsEmpty || line[0] == ' ')
                {
                    if (!scalar.TryAdd(raw, line))
                    {
                        return false;
                    }

                    continue;
                }

                if (!scalar.TryClose(result))
                {
                    return false;
                }

                scalar = null;
            }

            if (line.IsEmpty || line[0] == '#')
            {
                block = null;
                continue;
            }

            var indent = line.IndexOfAnyExcept(' ');
            if (line[indent] == '-' && indent + 1 < line.Length && line[indent + 1] == ' ')
            {
                if (block is null || !block.TryAddItem(indent, line[(indent + 2)..], result))
                {
                    return false;
                }

                continue;
            }

            if (!TryEntry(line[indent..], out var key, out var empty, out var folded, out var value))
            {
                return false;
            }

            if (indent > 0)
            {
                if (block is null || folded is not null || !block.TryAddEntry(indent, key, value, result))
                {
                    return false;
                }

                continue;
            }

            if (!result.TryAdd(key, value))
            {
                return false;
            }

            if (folded is { } isFolded)
            {
                (scalar, block) = (new BlockScalar(key, isFolded), null);
                continue;
            }

            block = empty ? new Block(key) : null;
        }

        if (scalar is not null && !scalar.TryClose(result))
        {
            return false;
        }

        if (result.Count == 0)
        {
            return false;
        }

        map = result;
        return true;
    }

    // One `key: value` line (its indentation cut off); `empty` when nothing follows the colon, `folded` set when a block
    // scalar opens (its value is null until its lines are read).
    private static bool TryEntry(ReadOnlySpan<char> line, out string key, out bool empty, out bool? folded, out object? value)
    {
        (key, empty, folded, value) = ("", false, null, null);
        var colon = KeyLength(line);
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] != ' '))
        {
            return false;
        }

        key = line[..colon].ToString();
        var text = line[(colon + 1)..].Trim(' ');
        empty = text.IsEmpty;
        folded = BlockScalar.Opens(text);
        return !IsNull(key) && (folded is not null || TryValue(text, out value));
    }

    private static int KeyLength(ReadOnlySpan<char> line)
    {
        // Letters of any script: pages name fields such as 报名 (registration).
        if (!(char.IsLetterOrDigit(line[0]) || line[0] == '_'))
        {
            return -1;
        }

        var i = 1;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '_' or '-'))
        {
            i++;
        }

        return i < line.Length && line[i] == ':' ? i : -1;
    }

    private static bool TryValue(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        switch (text.IsEmpty ? '\0' : text[0])
        {
            case '\0':
                return true;
            case '[':
                return TryFlowList(text, out value);
            default:
                return TryScalar(text, out value);
        }
    }

    // A quoted scalar that fills the text, or a plain one.
    private static bool TryScalar(ReadOnlySpan<char> text, out object? value)
    {
        if (text[0] is '"' or '\'')
        {
            var quoted = TryQuoted(text, out var content, out var used);
            value = content;
            return quoted && used == text.Length;
        }

        return TryPlain(text, flow: false, out value);
    }

    private static bool TryQuoted(ReadOnlySpan<char> text, out string? value, out int used)
    {
        (value, used) = (null, 0);
        var quote = text[0];
        if (quote == '"')
        {
            var end = text[1..].IndexOfAny('"', '\\');
            if (end < 0 || text[1 + end] == '\\')
            {
                return false;
            }

            (value, used) = (text.Slice(1, end).ToString(), end + 2);
            return true;
        }

        // Single quotes escape themselves: 'it''s'.
        var sb = new System.Text.StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                sb.Append('\'');
                i++;
            }
            else
            {
                (value, used) = (sb.ToString(), i + 1);
                return true;
            }
        }

        return false;
    }

    private static bool TryFlowList(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        var items = new List<object?>();
        var i = SkipSpaces(text, 1);
        if (i < text.Length && text[i] == ']')
        {
            value = items;
            return i + 1 == text.Length;
        }

        while (i < text.Length)
        {
            object? item;
            if (text[i] is '"' or '\'')
            {
                if (!TryQuoted(text[i..], out var content, out var used))
                {
                    return false;
                }

                (item, i) = (content, SkipSpaces(text, i + used));
            }
            else
            {
                var end = text[i..].IndexOfAny(',', ']');
                if (end < 0 || !TryPlain(text.Slice(i, end).TrimEnd(' '), flow: true, out item))
                {
                    return false;
                }

                i += end;
            }

            items.Add(item);
            if (i < text.Length && text[i] == ']')
            {
                value = items;
                return i + 1 == text.Length;
            }

            // Items are separated by one comma; a trailing comma is left to YamlDotNet.
            if (i >= text.Length || text[i] != ',')
            {
                return false;
            }

            i = SkipSpaces(text, i + 1);
            if (i < text.Length && text[i] == ']')
            {
                return false;
            }
        }

        return false;
    }

    // In a flow list a colon ends a plain scalar only before a space, a flow indicator or the end, all declined here:
    // `[https://example.org]` is one URL to YamlDotNet too.
    private static bool TryPlain(ReadOnlySpan<char> text, bool flow, out object? value)
    {
        value = null;
        if (text.IsEmpty || Indicators.Contains(text[0]) || text[^1] == ':' || text.Contains(": ", StringComparison.Ordinal)
            || text.Contains(" #", StringComparison.Ordinal) || (flow && text.IndexOfAny(",[]{}") >= 0))
        {
            return false;
        }

        var s = text.ToString();
        value = IsNull(s) ? null : s;
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // YamlDotNet's rule for an untagged plain scalar that reads as null.
    private static bool IsNull(string s) => s is "~" or "null" or "Null" or "NULL";

    // Controls, the YAML 1.1 line breaks U+0085/U+2028/U+2029, a BOM, non-characters and broken surrogate pairs
    // are where YAML readers differ or fail: leave them all to YamlDotNet.
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A"
        + "\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E"
        + "\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF");

    // Two vectorised searches: one for the characters above, one for surrogates (emoji), whose pairs are then checked.
    // FlatTomlFrontMatter declines the same characters, for the same reason.
    internal static bool OnlyPlainCharacters(string yaml)
    {
        var text = yaml.AsSpan();
        if (text.ContainsAny(Unusual))
        {
            return false;
        }

        for (var at = text.IndexOfAnyInRange('\uD800', '\uDFFF'); at >= 0; at = text.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return false;
            }

            text = text[(at + 2)..];
        }

        return true;
    }
}
