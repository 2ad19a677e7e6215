using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace Bot.Core.Recaps.Structured;

/// <summary>Hugo's TOML front matter between <c>+++</c> lines. Markdig knows only the YAML form, so the block is
/// cut out here and replaced by blank lines, which keeps every line number of the body.</summary>
internal static class TomlFrontMatter
{
    private const int MaxChars = 64 * 1024;

    /// <summary>Whether the page opens with a <c>+++</c> block; <paramref name="body"/> is the page with the block
    /// blanked and <paramref name="toml"/> its text (null when the block never closes).</summary>
    public static bool TrySplit(string markdown, out string? toml, out string body)
    {
        (toml, body) = (null, markdown);
        var s = markdown.AsSpan().TrimStart('\uFEFF');
        if (!s.StartsWith("+++") || (s.Length > 3 && s[3] is not ('\n' or '\r' or ' ' or '\t')))
        {
            return false;
        }

        var offset = markdown.Length - s.Length;
        var open = markdown.IndexOf('\n', offset);
        if (open < 0)
        {
            return true;
        }

        var close = open;
        while (true)
        {
            var next = markdown.IndexOf("\n+++", close, StringComparison.Ordinal);
            if (next < 0)
            {
                return true;
            }

            var after = next + 4;
            if (after >= markdown.Length || markdown[after] is '\n' or '\r' or ' ' or '\t')
            {
                close = next;
                break;
            }

            close = next + 1;
        }

        // `+++` straight after `+++`: an empty block.
        toml = close > open ? markdown[(open + 1)..close] : "";
        var end = markdown.IndexOf('\n', close + 1);
        end = end < 0 ? markdown.Length : end;
        var blanked = new string('\n', markdown.AsSpan(0, end).Count('\n'));
        body = blanked + markdown[end..];
        return true;
    }

    /// <summary>The block as the same tree YamlDotNet builds: string keys, string scalars (dates in ISO 8601), lists, maps;
    /// read by <see cref="FlatTomlFrontMatter"/> when it can, by Tomlyn otherwise.</summary>
    public static Dictionary<object, object?> Read(string toml)
    {
        if (toml.Length > MaxChars)
        {
            throw new FormatException("the TOML front matter is larger than 64 KB");
        }

        return FlatTomlFrontMatter.TryRead(toml, out var flat) ? flat : ReadWithTomlyn(toml);
    }

    /// <summary>The block read by Tomlyn alone, which also reports what is wrong with it.</summary>
    internal static Dictionary<object, object?> ReadWithTomlyn(string toml)
    {
        var table = TomlSerializer.Deserialize(toml, TomlModelContext.Default.TomlTable) ?? new TomlTable();
        return Map(table);
    }

    private static Dictionary<object, object?> Map(TomlTable table)
    {
        var map = new Dictionary<object, object?>();
        foreach (var (key, value) in table)
        {
            map[key] = Value(value);
        }

        return map;
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        TomlTable t => Map(t),
        TomlTableArray tables => tables.Select(t => (object?)Map(t)).ToList(),
        TomlArray array => array.Select(Value).ToList(),
        TomlDateTime d => d.ToString(),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
