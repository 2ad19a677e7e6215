using System.Globalization;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Bot.Core.Recaps;

/// <summary>Reads the YAML front matter block Markdig split off (it stops at the second fence) with YamlDotNet.
/// Accepts <c>descripton</c> for <c>description</c>, a string or a list for <c>categories</c>/<c>tags</c>, and
/// <c>Z</c> or offset dates. Malformed YAML gives a warning and an empty front matter, never an exception.</summary>
internal static class FrontMatterReader
{
    // YamlDotNet builds its node tree recursively; refuse inputs that could nest deep enough to hurt.
    private const int MaxYamlChars = 64 * 1024;
    private const int MaxNesting = 64;

    // Untyped: every scalar stays a string (dates too), so a malformed value cannot fail the whole map.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private static readonly string[] IsoWithZone = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static FrontMatter Read(MarkdownDocument document, string markdown, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var block = document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;
        if (block is null)
        {
            if (StartsWithFence(markdown))
            {
                diagnostics.Warn(1, "front-matter-unterminated", "the front matter opens with --- but has no closing --- line");
            }
            else
            {
                diagnostics.Warn(1, "front-matter-missing", "the page has no front matter (title, date)");
            }

            return FrontMatter.Empty;
        }

        var yaml = block.Lines.ToString();
        var line = block.Line + 2;
        if (yaml.Length > MaxYamlChars || YamlNesting.Of(yaml) > MaxNesting)
        {
            diagnostics.Warn(line, "front-matter-too-large", "the front matter is too large or too deeply nested to read");
            return FrontMatter.Empty;
        }

        try
        {
            if ((FlatFrontMatter.TryRead(yaml, out var flat) ? flat : Yaml.Deserialize<object>(yaml)) is not Dictionary<object, object> map)
            {
                diagnostics.Warn(line, "front-matter-not-a-map", "the front matter is not a list of key: value pairs");
                return FrontMatter.Empty;
            }

            return FromMap(map, line, zone, diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Warn(line + (int)Math.Max(0, e.Start.Line - 1), "front-matter-yaml", $"the front matter is not valid YAML: {e.Message}");
            return FrontMatter.Empty;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed flow collections and on event
            // sequences its deserializer does not expect ("The current event is of an unsupported type").
            diagnostics.Warn(line, "front-matter-yaml", $"the front matter is not valid YAML ({e.Message})");
            return FrontMatter.Empty;
        }
    }

    private static FrontMatter FromMap(Dictionary<object, object> map, int line, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        string? Scalar(string key) => Find(map, key) is string s ? s : null;
        var dateText = Scalar("date");
        var date = ParseDate(dateText, zone);
        if (dateText is not null && date is null)
        {
            diagnostics.Warn(line, "front-matter-date", $"the front-matter date '{dateText}' is not an ISO 8601 date");
        }

        return new FrontMatter(
            Scalar("title"),
            date,
            Scalar("description") ?? Scalar("descripton"),
            List(Find(map, "categories")),
            List(Find(map, "tags")),
            Scalar("author"),
            Scalar("authorlink"));
    }

    private static object? Find(Dictionary<object, object> map, string key)
    {
        foreach (var (k, v) in map)
        {
            if (k is string name && string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> List(object? value) => value switch
    {
        string { Length: > 0 } v => [v],
        List<object> items => [.. items.OfType<string>().Where(v => v.Length > 0)],
        _ => [],
    };

    /// <summary>ISO 8601 with <c>Z</c> or an offset; a date without an offset is local time in <paramref name="zone"/>.</summary>
    internal static DateTimeOffset? ParseDate(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var hasZone = t.EndsWith('Z') || t.EndsWith('z') || (t.Length > 10 && t.AsSpan(10).IndexOfAny('+', '-') >= 0);
        if (hasZone)
        {
            // Pages write the round-trip form; the general parser (about 1 µs) is for everything else.
            if (DateTimeOffset.TryParseExact(t, IsoWithZone, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                return iso;
            }

            return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withZone) ? withZone : null;
        }

        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            : null;
    }

    private static bool StartsWithFence(string markdown)
    {
        var s = markdown.AsSpan().TrimStart('\uFEFF');
        return s.StartsWith("---") && (s.Length == 3 || s[3] is '\n' or '\r' or ' ' or '\t');
    }
}
