namespace Bot.Core.Recaps.Structured;

/// <summary>Every key of a page's front matter with its value as the YAML or TOML reader built it (strings, lists,
/// maps, nulls), looked up by a folded key: <c>eventDate</c>, <c>event_date</c> and <c>Event-Date</c> are one key.</summary>
public sealed class FrontMatterFields
{
    private readonly Dictionary<string, object?> _values;
    private readonly string _text;

    private FrontMatterFields(Dictionary<string, object?> values, string text, int firstLine)
    {
        (_values, _text, FirstLine) = (values, text, firstLine);
    }

    public static FrontMatterFields Empty { get; } = new(new(StringComparer.Ordinal), "", 1);

    /// <summary>The 1-based line of the front matter's first key.</summary>
    public int FirstLine { get; }

    public int Count => _values.Count;

    public static FrontMatterFields From(IDictionary<object, object?> map, string text, int firstLine)
    {
        var values = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (key is string s)
            {
                values.TryAdd(Fold(s), value);
            }
        }

        return new FrontMatterFields(values, text, firstLine);
    }

    public bool TryGet(string foldedKey, out object? value) => _values.TryGetValue(foldedKey, out value);

    private int? _roles;

    /// <summary>The keys of <paramref name="role"/> (<see cref="EventSchema.KeysOf"/>), or none when these fields have
    /// none of them: a page writes a few keys of a few roles, and the readers that try every key of every role would
    /// otherwise look up some eighty absent keys a page.</summary>
    public string[] KeysOf(FieldRole role) => ((_roles ??= Roles()) & (1 << (int)role)) != 0 ? EventSchema.KeysOf(role) : [];

    private int Roles()
    {
        var roles = 0;
        foreach (var key in _values.Keys)
        {
            roles |= EventSchema.RolesOf(key);
        }

        return roles;
    }

    /// <summary>The top-level keys whose value is a map, with the map.</summary>
    public IEnumerable<(string Key, Dictionary<object, object?> Map)> Maps()
    {
        foreach (var (key, value) in _values)
        {
            if (value is Dictionary<object, object?> map)
            {
                yield return (key, map);
            }
        }
    }

    /// <summary>The top-level values that are strings (<c>label: '线上'</c>, <c>location: 成都</c>), in no order.</summary>
    public IEnumerable<string> TopLevelStrings()
    {
        foreach (var value in _values.Values)
        {
            if (value is string text)
            {
                yield return text;
            }
        }
    }

    /// <summary>These fields with <paramref name="entries"/> (folded keys) added where the top level has no such key.</summary>
    public FrontMatterFields With(IEnumerable<(string FoldedKey, object? Value)> entries)
    {
        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            values.TryAdd(key, value);
        }

        return new FrontMatterFields(values, _text, FirstLine);
    }

    public bool Has(string foldedKey) => _values.TryGetValue(foldedKey, out var value) && !IsBlank(value);

    public object? this[string foldedKey] => _values.GetValueOrDefault(foldedKey);

    /// <summary>The page line of the top-level key, for diagnostics; the first key's line when it is not found.</summary>
    public int LineOf(string foldedKey)
    {
        var line = FirstLine;
        foreach (var raw in _text.AsSpan().EnumerateLines())
        {
            var end = raw.IndexOfAny(':', '=');
            if (end > 0 && !char.IsWhiteSpace(raw[0]) && FoldsTo(raw[..end].Trim().Trim("\"'"), foldedKey))
            {
                return line;
            }

            line++;
        }

        return FirstLine;
    }

    /// <summary>Lower-case, without <c>_</c>, <c>-</c>, spaces and dots.</summary>
    public static string Fold(string key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        var n = 0;
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' ' or '.' or '\t'))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        // Most keys (title, date, tags) are folded already: those are kept, not copied.
        var folded = buffer[..n];
        return folded.SequenceEqual(key) ? key : new string(folded);
    }

    // Fold(key) == foldedKey, without copying every front-matter line's key to compare it.
    private static bool FoldsTo(ReadOnlySpan<char> key, string foldedKey)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (c is '_' or '-' or ' ' or '.' or '\t')
            {
                continue;
            }

            if (n == foldedKey.Length || char.ToLowerInvariant(c) != foldedKey[n])
            {
                return false;
            }

            n++;
        }

        return n == foldedKey.Length;
    }

    public static bool IsBlank(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s) || s is "~" or "null",
        System.Collections.ICollection c => c.Count == 0,
        _ => false,
    };
}
