using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Recaps;

// The indented parts of a flat front matter: what one `key:` line with nothing (or only `>`/`|`) after it holds.
internal static partial class FlatFrontMatter
{
    /// <summary>What an empty <c>key:</c> line holds: a block list of scalars (<c>- item</c> lines) or of one-level maps
    /// (<c>- name: a</c> and, two columns in, its other <c>key: value</c> lines), or a map of <c>key: value</c> lines,
    /// one level deep and all at the indentation of the first line.</summary>
    private sealed class Block(string key)
    {
        private List<object?>? _items;
        private Dictionary<object, object?>? _entries;
        private int _indent;

        // The item map the latest `- name: a` opened, which the item's further lines continue.
        private Dictionary<object, object?>? _itemMap;

        /// <param name="text">What follows the dash and its space.</param>
        public bool TryAddItem(int indent, ReadOnlySpan<char> text, Dictionary<object, object?> map)
        {
            // A quoted or plain scalar or a one-level map: `- [a]`, `- - a` and an empty item go to YamlDotNet.
            var item = text.Trim(' ');
            if (_entries is not null || item.IsEmpty || !Fits(indent, ref _items, map))
            {
                return false;
            }

            _itemMap = null;
            if (TryScalar(item, out var scalar))
            {
                _items.Add(scalar);
                return true;
            }

            // A map's keys line up two columns after the dash; an empty first value could open a deeper level.
            if (text[0] == ' ' || !TryEntry(item, out var name, out var empty, out var folded, out var value) || empty || folded is not null)
            {
                return false;
            }

            _itemMap = new Dictionary<object, object?> { [name] = value };
            _items.Add(_itemMap);
            return true;
        }

        // An entry whose own value is empty may not open a deeper level: the next deeper line is declined.
        public bool TryAddEntry(int indent, string name, object? value, Dictionary<object, object?> map) =>
            _itemMap is not null
                ? indent == _indent + 2 && _itemMap.TryAdd(name, value)
                : _items is null && Fits(indent, ref _entries, map) && _entries.TryAdd(name, value);

        private bool Fits<T>(int indent, [NotNull] ref T? lines, Dictionary<object, object?> map)
            where T : class, new()
        {
            if (lines is null)
            {
                (lines, _indent) = (new T(), indent);
                map[key] = lines;
                return true;
            }

            return indent == _indent;
        }
    }

    /// <summary>A <c>key: &gt;</c> (folded) or <c>key: |</c> (literal) value: its lines at one indentation, blank
    /// lines between them, kept with one final line break. Indicators (<c>&gt;-</c>, <c>|2</c>), more-indented lines,
    /// leading blank lines and spaces at a line's end go to YamlDotNet.</summary>
    private sealed class BlockScalar(string key, bool folded)
    {
        private readonly System.Text.StringBuilder _text = new();
        private int _indent;
        private int _blanks;

        /// <summary>Folded (true) or literal (false) when <paramref name="value"/> opens a block scalar; else null.</summary>
        public static bool? Opens(ReadOnlySpan<char> value) => value is ">" ? true : value is "|" ? false : null;

        public bool TryAdd(ReadOnlySpan<char> raw, ReadOnlySpan<char> line)
        {
            if (line.IsEmpty)
            {
                _blanks++;
                return raw.IsEmpty && _text.Length > 0;
            }

            var indent = line.IndexOfAnyExcept(' ');
            if (raw.Length != line.Length || (_text.Length > 0 ? indent != _indent : (_indent = indent) == 0))
            {
                return false;
            }

            if (_text.Length > 0)
            {
                // Folding joins neighbouring lines with a space; a blank line between them stands for one break.
                _text.Append('\n', folded && _blanks > 0 ? _blanks : _blanks + 1);
                if (folded && _blanks == 0)
                {
                    _text[^1] = ' ';
                }
            }

            _text.Append(line[indent..]);
            _blanks = 0;
            return true;
        }

        public bool TryClose(Dictionary<object, object?> map)
        {
            if (_text.Length == 0)
            {
                return false;
            }

            map[key] = _text.Append('\n').ToString();
            return true;
        }
    }
}
