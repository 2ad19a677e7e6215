using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Bot.Core.Recaps.Structured;

/// <summary>Reads the TOML front matter pages actually write: <c>key = value</c> lines (bare or quoted keys) whose
/// values are one-line basic or literal strings, decimal integers and floats, booleans, offset or local date-times,
/// dates and times (spelt as Tomlyn writes them back: <c>T</c>, seconds, at most seven decimals), arrays of them (over
/// several lines, with comments and a trailing comma) and one-line inline tables of them. For that text it builds exactly
/// the tree <see cref="TomlFrontMatter"/> maps from Tomlyn's model; anything else (table headers, dotted keys, multi-line
/// strings, other number or date spellings, escapes beyond TOML 1.0's, duplicate keys, odd characters, any error) makes
/// it decline, and Tomlyn reads the block and reports what is wrong with it.</summary>
/// <remarks>Why not always Tomlyn: it parses every date-time by trying format after format with
/// <c>DateTimeOffset.TryParseExact</c>, and a devopsdays program page holds sixty of them; Tomlyn cost about 6 % of the
/// whole parse of the other communities' pages. <c>FlatTomlFrontMatterSpecs</c> checks this reader against Tomlyn on
/// generated input.</remarks>
internal static class FlatTomlFrontMatter
{
    // Arrays and inline tables nested deeper than this are left to Tomlyn rather than risk the stack on hostile input.
    private const int MaxDepth = 8;

    // What a number or date-time may be made of; the token ends at the first other character.
    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+-_.:");

    public static bool TryRead(string toml, [NotNullWhen(true)] out Dictionary<object, object?>? map)
    {
        map = null;
        if (!FlatFrontMatter.OnlyPlainCharacters(toml))
        {
            return false;
        }

        var text = toml.AsSpan();
        var result = new Dictionary<object, object?>();
        var i = SkipBlankLines(text, 0);
        while (i < text.Length)
        {
            if (!TryPair(text, ref i, 0, out var key, out var value) || !result.TryAdd(key, value))
            {
                return false;
            }

            // Nothing but a comment may follow a value on its line.
            i = SkipComment(text, SkipSpaces(text, i));
            if (i < text.Length && !TryNewline(text, ref i))
            {
                return false;
            }

            i = SkipBlankLines(text, i);
        }

        map = result;
        return true;
    }

    // `key = value`; a dot after the key (a dotted key) or a missing `=` declines.
    private static bool TryPair(ReadOnlySpan<char> s, ref int i, int depth, out string key, out object? value)
    {
        value = null;
        if (!TryKey(s, ref i, out key))
        {
            return false;
        }

        i = SkipSpaces(s, i);
        if (At(s, i) != '=')
        {
            return false;
        }

        i = SkipSpaces(s, i + 1);
        return TryValue(s, ref i, depth, out value);
    }

    private static bool TryKey(ReadOnlySpan<char> s, ref int i, out string key)
    {
        key = "";
        switch (At(s, i))
        {
            case '"':
                return TryBasicString(s, ref i, out key) && key.Length > 0;
            case '\'':
                return TryLiteralString(s, ref i, out key) && key.Length > 0;
        }

        var start = i;
        while (char.IsAsciiLetterOrDigit(At(s, i)) || At(s, i) is '_' or '-')
        {
            i++;
        }

        key = s[start..i].ToString();
        return i > start;
    }

    private static bool TryValue(ReadOnlySpan<char> s, ref int i, int depth, out object? value)
    {
        value = null;
        switch (At(s, i))
        {
            case '"':
                var basic = TryBasicString(s, ref i, out var text);
                value = text;
                return basic;
            case '\'':
                var literal = TryLiteralString(s, ref i, out text);
                value = text;
                return literal;
            case '[':
                return depth < MaxDepth && TryArray(s, ref i, depth + 1, out value);
            case '{':
                return depth < MaxDepth && TryInlineTable(s, ref i, depth + 1, out value);
            case 't' when s[i..].StartsWith("true"):
                (value, i) = ("true", i + 4);
                return true;
            case 'f' when s[i..].StartsWith("false"):
                (value, i) = ("false", i + 5);
                return true;
            case var c when char.IsAsciiDigit(c) || c is '+' or '-':
                var length = s[i..].IndexOfAnyExcept(TokenCharacters) is var end and >= 0 ? end : s.Length - i;
                var token = s.Slice(i, length);
                i += length;
                value = DateTimeText(token) ?? NumberText(token);
                return value is not null;
            default:
                return false;
        }
    }

    // Items may sit on several lines, with comments between them and a comma after the last.
    private static bool TryArray(ReadOnlySpan<char> s, ref int i, int depth, out object? value)
    {
        value = null;
        var items = new List<object?>();
        i = SkipBlankLines(s, i + 1);
        while (At(s, i) != ']')
        {
            if (!TryValue(s, ref i, depth, out var item))
            {
                return false;
            }

            items.Add(item);
            i = SkipBlankLines(s, i);
            if (At(s, i) == ',')
            {
                i = SkipBlankLines(s, i + 1);
            }
            else if (At(s, i) != ']')
            {
                return false;
            }
        }

        (value, i) = (items, i + 1);
        return true;
    }

    // TOML 1.0's inline table: one line, no comma after the last pair (TOML 1.1 allows both; Tomlyn reads those).
    private static bool TryInlineTable(ReadOnlySpan<char> s, ref int i, int depth, out object? value)
    {
        value = null;
        var table = new Dictionary<object, object?>();
        i = SkipSpaces(s, i + 1);
        if (At(s, i) != '}')
        {
            while (true)
            {
                if (!TryPair(s, ref i, depth, out var key, out var item) || !table.TryAdd(key, item))
                {
                    return false;
                }

                i = SkipSpaces(s, i);
                if (At(s, i) == '}')
                {
                    break;
                }

                if (At(s, i) != ',')
                {
                    return false;
                }

                i = SkipSpaces(s, i + 1);
            }
        }

        (value, i) = (table, i + 1);
        return true;
    }

    // A one-line "basic string" with TOML 1.0's escapes; `"""` (multi-line) declines.
    private static bool TryBasicString(ReadOnlySpan<char> s, ref int i, out string value)
    {
        value = "";
        if (s[i..].StartsWith("\"\"\""))
        {
            return false;
        }

        var start = i + 1;
        var end = s[start..].IndexOfAny("\"\\\r\n");
        if (end >= 0 && s[start + end] == '"')
        {
            (value, i) = (s.Slice(start, end).ToString(), start + end + 1);
            return true;
        }

        var sb = new StringBuilder();
        for (var j = start; j < s.Length;)
        {
            switch (s[j])
            {
                case '"':
                    (value, i) = (sb.ToString(), j + 1);
                    return true;
                case '\r' or '\n':
                    return false;
                case '\\':
                    if (!TryEscape(s, ref j, sb))
                    {
                        return false;
                    }

                    break;
                default:
                    sb.Append(s[j++]);
                    break;
            }
        }

        return false;
    }

    // TOML 1.1's `\e` and `\xHH` and a backslash ending the line are left to Tomlyn.
    private static bool TryEscape(ReadOnlySpan<char> s, ref int j, StringBuilder sb)
    {
        var escaped = At(s, j + 1) switch
        {
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'f' => '\f',
            'r' => '\r',
            '"' => '"',
            '\\' => '\\',
            _ => '\0',
        };
        if (escaped != '\0')
        {
            sb.Append(escaped);
            j += 2;
            return true;
        }

        var digits = At(s, j + 1) switch { 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || j + 2 + digits > s.Length
            || !uint.TryParse(s.Slice(j + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || !Rune.TryCreate(code, out var rune))
        {
            return false;
        }

        sb.Append(rune.ToString());
        j += 2 + digits;
        return true;
    }

    // A one-line 'literal string', taken as written; `'''` (multi-line) declines.
    private static bool TryLiteralString(ReadOnlySpan<char> s, ref int i, out string value)
    {
        value = "";
        var start = i + 1;
        var end = s[start..].IndexOfAny("'\r\n");
        if (s[i..].StartsWith("'''") || end < 0 || s[start + end] != '\'')
        {
            return false;
        }

        (value, i) = (s.Slice(start, end).ToString(), start + end + 1);
        return true;
    }

    // A date-time, date or time in the spelling Tomlyn writes back (`2019-02-21T08:00:00.5-06:00`), which is then its
    // text; null when the token is none or is spelt otherwise (a space for `T`, `z`, no seconds, `-00:00`).
    private static string? DateTimeText(ReadOnlySpan<char> token)
    {
        if (token.Length >= 8 && token[2] == ':')
        {
            return TimeLength(token) == token.Length ? token.ToString() : null;
        }

        if (token.Length < 10 || token[4] != '-' || token[7] != '-')
        {
            return null;
        }

        int year = Digits(token, 0, 4), month = Digits(token, 5, 2), day = Digits(token, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (token.Length == 10)
        {
            return token.ToString();
        }

        var time = token[10] == 'T' ? TimeLength(token[11..]) : -1;
        if (time < 0)
        {
            return null;
        }

        if (11 + time == token.Length)
        {
            return token.ToString();
        }

        // An offset date-time is the form front-matter dates take in YAML too, and IsoDateTime reads that (keeping
        // years 1 and 9999 out, so that no offset carries the instant out of range); TOML has no `-00:00`.
        return IsoDateTime.TryParse(token, out _) && !token.EndsWith("-00:00") ? token.ToString() : null;
    }

    // The length of `HH:MM:SS` and up to seven decimals at the start of the text, or -1.
    private static int TimeLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[2] != ':' || text[5] != ':' || Digits(text, 0, 2) is < 0 or > 23
            || Digits(text, 3, 2) is < 0 or > 59 || Digits(text, 6, 2) is < 0 or > 59)
        {
            return -1;
        }

        if (At(text, 8) != '.')
        {
            return 8;
        }

        var decimals = text[9..].IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : text.Length - 9;
        return decimals is >= 1 and <= 7 ? 9 + decimals : -1;
    }

    // A decimal integer or float as Tomlyn's long or double prints (`-0` is 0, `1e-7` is 1E-07); null for any
    // other spelling (hexadecimal, inf, a leading zero, a misplaced underscore) and for what overflows.
    private static string? NumberText(ReadOnlySpan<char> token)
    {
        var first = token.Length > 0 && token[0] is '+' or '-' ? 1 : 0;
        var end = DigitsEnd(token, first);
        if (end < 0 || (token[first] == '0' && end > first + 1))
        {
            return null;
        }

        var isFloat = false;
        if (At(token, end) == '.')
        {
            (end, isFloat) = (DigitsEnd(token, end + 1), true);
        }

        if (end >= 0 && At(token, end) is 'e' or 'E')
        {
            var sign = At(token, end + 1) is '+' or '-' ? 1 : 0;
            (end, isFloat) = (DigitsEnd(token, end + 1 + sign), true);
        }

        if (end != token.Length)
        {
            return null;
        }

        var digits = token.Contains('_') ? token.ToString().Replace("_", "", StringComparison.Ordinal).AsSpan() : token;
        if (!isFloat)
        {
            return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? integer.ToString(CultureInfo.InvariantCulture)
                : null;
        }

        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    // Where a run of digits grouped by single underscores (`1_000`) ends, or -1 when none starts at i or an underscore
    // is not between two digits.
    private static int DigitsEnd(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsAsciiDigit(At(s, i)))
        {
            return -1;
        }

        while (true)
        {
            i++;
            if (At(s, i) == '_')
            {
                if (!char.IsAsciiDigit(At(s, i + 1)))
                {
                    return -1;
                }

                i++;
            }
            else if (!char.IsAsciiDigit(At(s, i)))
            {
                return i;
            }
        }
    }

    // The number that `count` ASCII digits at `start` spell, or -1.
    private static int Digits(ReadOnlySpan<char> s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(At(s, i)))
            {
                return -1;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return value;
    }

    // Spaces, tabs, comments and line breaks, as between pairs and between an array's items.
    private static int SkipBlankLines(ReadOnlySpan<char> s, int i)
    {
        while (true)
        {
            i = SkipComment(s, SkipSpaces(s, i));
            if (!TryNewline(s, ref i))
            {
                return i;
            }
        }
    }

    // A comment runs to the line break; a lone `\r` in it is left for the line-break check to refuse.
    private static int SkipComment(ReadOnlySpan<char> s, int i) =>
        At(s, i) != '#' ? i : s[i..].IndexOfAny('\r', '\n') is var end and >= 0 ? i + end : s.Length;

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (At(s, i) is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    // `\n` or `\r\n`; a lone `\r` is not a line break in TOML.
    private static bool TryNewline(ReadOnlySpan<char> s, ref int i)
    {
        var length = At(s, i) == '\n' ? 1 : At(s, i) == '\r' && At(s, i + 1) == '\n' ? 2 : 0;
        i += length;
        return length > 0;
    }

    // The character at i, or NUL past the end (NUL never reaches here: OnlyPlainCharacters declines it).
    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';
}
