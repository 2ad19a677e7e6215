using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Bot.Core.Recaps.Structured;

/// <summary>The Ziggy front matter of Zine's SuperMarkdown pages (<c>.smd</c>) between <c>---</c> fences:
/// <c>.title = "…",</c>, <c>.date = @date("2023-12-11T08:25:00+0800"),</c>, <c>.tags = ["meetup"],</c>,
/// <c>.custom = { .venue = "…" },</c>. Read into the map YAML gives: every scalar a string, a tagged value
/// (<c>@date(…)</c>) its inner value, arrays lists and structs maps.</summary>
internal static class ZiggyFrontMatter
{
    // Deeper nesting than any page writes: junk input cannot recurse without end.
    private const int MaxDepth = 32;

    /// <summary>Whether <paramref name="text"/> opens with a Ziggy field (<c>.name =</c>); only such a text is tried.</summary>
    public static bool Looks(string text)
    {
        var span = text.AsSpan().TrimStart();
        return span.Length > 2 && span[0] == '.' && char.IsAsciiLetter(span[1]);
    }

    public static bool TryRead(string text, [NotNullWhen(true)] out Dictionary<object, object?>? map)
    {
        var reader = new Reader(text);
        map = reader.Fields(close: null, depth: 0);
        return map is not null && reader.AtEnd();
    }

    private sealed class Reader(string s)
    {
        private int _i;

        public bool AtEnd()
        {
            Skip();
            return _i >= s.Length;
        }

        // `.name = value,` pairs up to the closing brace (or the end of the text at the top level).
        public Dictionary<object, object?>? Fields(char? close, int depth)
        {
            var map = new Dictionary<object, object?>();
            while (true)
            {
                Skip();
                if (_i >= s.Length || (close is { } c && s[_i] == c))
                {
                    return close is null || _i < s.Length ? map : null;
                }

                if (s[_i] != '.' || Identifier(_i + 1) is not { } name)
                {
                    return null;
                }

                _i += 1 + name.Length;
                Skip();
                if (_i >= s.Length || s[_i] != '=')
                {
                    return null;
                }

                _i++;
                if (Value(depth) is not { } value)
                {
                    return null;
                }

                map[name] = value;
                if (!Comma(close))
                {
                    return null;
                }
            }
        }

        private object? Value(int depth)
        {
            Skip();
            if (_i >= s.Length || depth > MaxDepth)
            {
                return null;
            }

            switch (s[_i])
            {
                case '"':
                    return QuotedString();
                case '\\' when _i + 1 < s.Length && s[_i + 1] == '\\':
                    return LineString();
                case '@':
                    // `@date("…")`: the tag says how to read the value; the value itself is what the page states.
                    var open = s.IndexOf('(', _i);
                    if (open < 0 || Identifier(_i + 1) is not { } tag || open != _i + 1 + tag.Length)
                    {
                        return null;
                    }

                    _i = open + 1;
                    var inner = Value(depth + 1);
                    Skip();
                    return inner is not null && _i < s.Length && s[_i++] == ')' ? inner : null;
                case '[':
                    _i++;
                    return Items(depth + 1);
                case '{':
                    _i++;
                    Skip();
                    var body = _i < s.Length && s[_i] == '"' ? KeyedMap(depth + 1) : Fields('}', depth + 1);
                    if (body is null || _i >= s.Length || s[_i] != '}')
                    {
                        return null;
                    }

                    _i++;
                    return body;
                default:
                    return Bare();
            }
        }

        private List<object?>? Items(int depth)
        {
            var items = new List<object?>();
            while (true)
            {
                Skip();
                if (_i >= s.Length)
                {
                    return null;
                }

                if (s[_i] == ']')
                {
                    _i++;
                    return items;
                }

                if (Value(depth) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                if (!Comma(']'))
                {
                    return null;
                }
            }
        }

        // `{ "key": value, … }`: a map keyed by strings rather than a struct of fields.
        private Dictionary<object, object?>? KeyedMap(int depth)
        {
            var map = new Dictionary<object, object?>();
            while (true)
            {
                Skip();
                if (_i >= s.Length || s[_i] == '}')
                {
                    return _i < s.Length ? map : null;
                }

                if (QuotedString() is not { } key)
                {
                    return null;
                }

                Skip();
                if (_i >= s.Length || s[_i++] != ':' || Value(depth) is not { } value)
                {
                    return null;
                }

                map[key] = value;
                if (!Comma('}'))
                {
                    return null;
                }
            }
        }

        // After a value: a comma, or the closer (left for the caller), or (at the top level) the end of the text.
        private bool Comma(char? close)
        {
            Skip();
            if (_i < s.Length && s[_i] == ',')
            {
                _i++;
                return true;
            }

            return _i >= s.Length ? close is null : s[_i] == close;
        }

        private string? QuotedString()
        {
            if (_i >= s.Length || s[_i] != '"')
            {
                return null;
            }

            var text = new StringBuilder();
            for (var j = _i + 1; j < s.Length; j++)
            {
                var c = s[j];
                if (c == '"')
                {
                    _i = j + 1;
                    return text.ToString();
                }

                if (c == '\n')
                {
                    return null;
                }

                if (c == '\\' && j + 1 < s.Length)
                {
                    c = s[++j] switch { 'n' => '\n', 't' => '\t', var other => other };
                }

                text.Append(c);
            }

            return null;
        }

        // A multiline string: each line opens with `\\`, the lines joined by newlines.
        private string LineString()
        {
            var lines = new List<string>();
            while (_i + 1 < s.Length && s[_i] == '\\' && s[_i + 1] == '\\')
            {
                var end = s.IndexOf('\n', _i);
                end = end < 0 ? s.Length : end;
                lines.Add(s[(_i + 2)..end].TrimEnd('\r'));
                _i = end;
                SkipSpaces();
            }

            return string.Join('\n', lines);
        }

        // `true`, `false`, `null`, `42`, `3.5`: a word up to the next separator, kept as the text it is.
        private string? Bare()
        {
            var start = _i;
            while (_i < s.Length && s[_i] is not (',' or ']' or '}' or ')' or '\n' or '\r'))
            {
                _i++;
            }

            var word = s[start.._i].Trim();
            if (word.Length == 0 || word.Contains(' '))
            {
                return null;
            }

            return word == "null" ? "" : word;
        }

        private string? Identifier(int at)
        {
            var end = at;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '_'))
            {
                end++;
            }

            return end > at && (char.IsAsciiLetter(s[at]) || s[at] == '_') ? s[at..end] : null;
        }

        private void Skip()
        {
            while (_i < s.Length)
            {
                if (char.IsWhiteSpace(s[_i]))
                {
                    _i++;
                }
                else if (s[_i] == '/' && _i + 1 < s.Length && s[_i + 1] == '/')
                {
                    var end = s.IndexOf('\n', _i);
                    _i = end < 0 ? s.Length : end;
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipSpaces()
        {
            while (_i < s.Length && char.IsWhiteSpace(s[_i]))
            {
                _i++;
            }
        }
    }
}
