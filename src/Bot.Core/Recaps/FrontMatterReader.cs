using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Bot.Core.Recaps;

/// <summary>Reads the YAML front matter block Markdig split off (it stops at the second fence) with YamlDotNet.
/// Accepts <c>descripton</c> and <c>summary</c> for <c>description</c>, a string or a list for <c>categories</c>/<c>tags</c>, and
/// <c>Z</c> or offset dates. Malformed YAML gives a warning and an empty front matter, never an exception.</summary>
internal static partial class FrontMatterReader
{
    // YamlDotNet builds its node tree recursively; refuse inputs that could nest deep enough to hurt.
    private const int MaxYamlChars = 64 * 1024;
    private const int MaxNesting = 64;

    // Untyped: every scalar stays a string (dates too), so a malformed value cannot fail the whole map.
    private static readonly IDeserializer Yaml = BuildYaml();

    // `summary` (Pelican, Hugo) stands for a description a page does not write; `name` for a title (`name: '大學生的開源生存指南'`).
    // Without `date`, the publish date goes by the name its generator gives it (`created:` of imported WordPress posts,
    // Astro's `pubDate`, Hugo's `publishDate`).
    private static readonly string[] Fields = ["title", "date", "description", "descripton", "categories", "tags", "author", "authorlink", "summary", "name", "subtitle",
        "pubdate", "publishdate", "published", "created"];

    private const int FirstPublishAlias = 11;

    // The builder is marked as needing dynamic code because it can deserialise into any type. Into `object` it builds
    // only Dictionary<object, object>, List<object> and strings, which a Native AOT publish keeps; the AOT smoke specs
    // (AotSmokeSpecs) read nested front matter with the published binary and compare it with the JIT build.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Untyped deserialisation only; checked by AotSmokeSpecs")]
    private static IDeserializer BuildYaml() => new DeserializerBuilder().Build();

    public static FrontMatter Read(MarkdownDocument document, string markdown, TimeZoneInfo zone, DiagnosticBag diagnostics, SplitFrontMatter? split = null)
    {
        if (split is not null)
        {
            return ReadSplit(split, zone, diagnostics);
        }

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

        return ReadYaml(block.Lines.ToString(), block.Line + 2, zone, diagnostics);
    }

    private static FrontMatter ReadYaml(string yaml, int line, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        try
        {
            // A flat front matter nests nothing, so only what goes to YamlDotNet needs the nesting check.
            var tooLarge = yaml.Length > MaxYamlChars;
            var tree = tooLarge ? null : FlatFrontMatter.TryRead(yaml, out var flat) ? flat
                : Structured.ZiggyFrontMatter.Looks(yaml) && Structured.ZiggyFrontMatter.TryRead(yaml, out var ziggy) ? ziggy : null;
            if (tree is null && (tooLarge || YamlNesting.Of(yaml) > MaxNesting))
            {
                diagnostics.Warn(line, "front-matter-too-large", "the front matter is too large or too deeply nested to read");
                return FrontMatter.Empty;
            }

            var read = tree ?? Yaml.Deserialize<object>(yaml);
            if (read is null)
            {
                return FrontMatter.Empty;
            }

            if (read is not Dictionary<object, object> map)
            {
                return Unreadable(diagnostics, line, "front-matter-not-a-map", "the front matter is not a list of key: value pairs");
            }

            return FromMap(map!, yaml, line, zone, diagnostics);
        }
        catch (YamlException e)
        {
            // YamlDotNet's marks are 1-based; the front matter's first line is `line`.
            var at = line + (int)Math.Max(0, e.Start.Line - 1);
            if (QuotedContinuations.Indent(yaml) is { } indented && TryDeserialize(indented) is { } whole)
            {
                diagnostics.Warn(at, "front-matter-indentation",
                    "a quoted value of the front matter goes on over lines indented no deeper than its key (YAML wants them deeper); they are read as if indented");
                return FromMap(whole, indented, line, zone, diagnostics);
            }

            if (Salvage(yaml, (int)e.Start.Line - 1) is var (rest, skipped))
            {
                diagnostics.Error(at, "front-matter-yaml",
                    $"the front matter is not valid YAML: {e.Message}; the rest is read without {string.Join(", ", skipped.Select(k => $"line {line + k}"))}");
                return FromMap(rest, yaml, line, zone, diagnostics) with { Failed = true };
            }

            return Unreadable(diagnostics, at, "front-matter-yaml", $"the front matter is not valid YAML: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed flow collections and on event
            // sequences its deserializer does not expect ("The current event is of an unsupported type").
            return Unreadable(diagnostics, line, "front-matter-yaml", $"the front matter is not valid YAML ({e.Message})");
        }
    }

    private static FrontMatter ReadSplit(SplitFrontMatter split, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        const int line = 2;
        if (split.Header is { } header)
        {
            return FromMap(header, split.Text!, 1, zone, diagnostics);
        }

        if (split.Yaml)
        {
            return ReadYaml(split.Text!, 1, zone, diagnostics);
        }

        if (split.Text is null)
        {
            return Unreadable(diagnostics, 1, "front-matter-unterminated", "the front matter opens with +++ but has no closing +++ line");
        }

        try
        {
            return FromMap(Structured.TomlFrontMatter.Read(split.Text), split.Text, line, zone, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Tomlyn reports syntax errors with a TomlException whose message carries its own (1-based) position.
            return Unreadable(diagnostics, line, "front-matter-toml", $"the front matter is not valid TOML: {FirstLine(e.Message)}");
        }
    }

    private static Dictionary<object, object?>? TryDeserialize(string yaml)
    {
        try
        {
            return MapOf(Yaml.Deserialize<object>(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    // A front matter read back whole: a map with at least one entry.
    private static Dictionary<object, object?>? MapOf(object? read) =>
        read is Dictionary<object, object> map && map.Count > 0 ? (Dictionary<object, object?>)map! : null;

    private const int MostSkipped = 3;

    // One broken entry (`meetup: [https://…](https://…)`, an unclosed quote) should not cost the page its title and
    // date: the top-level entry the error points into is left out and the rest read again, a few times at most. The
    // lines left out are 0-based within the front matter.
    private static (Dictionary<object, object?> Map, List<int> Skipped)? Salvage(string yaml, int errorLine)
    {
        var lines = yaml.Split('\n').ToList();
        var skipped = new List<int>();
        var original = Enumerable.Range(0, lines.Count).ToList();
        for (var attempt = 0; attempt < MostSkipped && errorLine >= 0 && errorLine < lines.Count; attempt++)
        {
            var from = errorLine;
            while (from > 0 && (lines[from].Length == 0 || char.IsWhiteSpace(lines[from][0])))
            {
                from--;
            }

            var to = errorLine + 1;
            while (to < lines.Count && (lines[to].Length == 0 || char.IsWhiteSpace(lines[to][0])))
            {
                to++;
            }

            skipped.AddRange(original.GetRange(from, to - from));
            lines.RemoveRange(from, to - from);
            original.RemoveRange(from, to - from);
            try
            {
                return MapOf(Yaml.Deserialize<object>(string.Join('\n', lines))) is { } map ? (map, skipped) : null;
            }
            catch (YamlException e)
            {
                errorLine = (int)e.Start.Line - 1;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }

        return null;
    }

    // An unreadable front matter leaves the page without its title and dates: an error, so `check` fails on it.
    private static FrontMatter Unreadable(DiagnosticBag diagnostics, int line, string code, string message)
    {
        diagnostics.Error(line, code, message);
        return FrontMatter.Empty with { Failed = true };
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n');
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static FrontMatter FromMap(Dictionary<object, object?> map, string text, int line, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var fields = Structured.FrontMatterFields.From(map, text, line);
        // One pass over the map; for each field the first key equal to its name (trimmed, any case) wins.
        Span<bool> found = stackalloc bool[Fields.Length];
        var values = new object?[Fields.Length];
        foreach (var (k, v) in map)
        {
            var name = k is string s ? s.AsSpan().Trim() : default;
            for (var i = 0; i < Fields.Length && !name.IsEmpty; i++)
            {
                if (!found[i] && name.Equals(Fields[i], StringComparison.OrdinalIgnoreCase))
                {
                    (found[i], values[i]) = (true, v);
                    break;
                }
            }
        }

        var (title, date, description, descripton, categories, tags, author, authorLink, summary, nameValue, subtitle) =
            (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10]);
        var dateText = date as string;
        var published = ParseDate(dateText, zone);
        if (dateText is not null && published is null)
        {
            diagnostics.Warn(fields.LineOf("date"), "front-matter-date", $"the front-matter date '{dateText}' is not an ISO 8601 date");
        }

        // `published: true` is a flag, not a date: another name for the publish date counts only when it reads as one.
        for (var i = FirstPublishAlias; dateText is null && published is null && i < Fields.Length; i++)
        {
            published = ParseDate(values[i] as string, zone);
        }

        return new FrontMatter(
            title as string ?? nameValue as string,
            published,
            // `subtitle: 'Scheduled for Thursday, June 7th @ 6:30pm'` (Hexo themes): the line under the title, a description.
            description as string ?? descripton as string ?? summary as string ?? subtitle as string,
            List(categories),
            List(tags),
            author as string,
            authorLink as string) { Fields = fields, DatePublishedOnly = dateText is null && published is not null };
    }

    private static IReadOnlyList<string> List(object? value)
    {
        switch (value)
        {
            case string { Length: > 0 } v:
                return [v];
            case List<object> items:
                var list = new List<string>(items.Count);
                foreach (var item in items)
                {
                    if (item is string { Length: > 0 } s)
                    {
                        list.Add(s);
                    }
                }

                return list;
            default:
                return [];
        }
    }

    /// <summary>ISO 8601 with <c>Z</c> or an offset; a date without an offset is local time in <paramref name="zone"/>.</summary>
    internal static DateTimeOffset? ParseDate(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = DayFirstAsIso(text.Trim());
        var hasZone = t.EndsWith('Z') || t.EndsWith('z') || (t.Length > 10 && t.AsSpan(10).IndexOfAny('+', '-') >= 0);
        if (hasZone)
        {
            // Pages write the round-trip form; the general parser is for everything else.
            if (IsoDateTime.TryParse(t, out var iso))
            {
                return iso;
            }

            return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withZone) ? withZone
                : WithZoneName(t);
        }

        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            : WithZoneName(t);
    }

    // `19-02-2020 13:00:00 +0200`, `05.12.2018`, `23/05/2014`: a day written before its month, as Europe writes it (a
    // slash with the month first, `05/23/2014`, is the US order the general parser reads).
    [GeneratedRegex(@"^([0-9]{1,2})([-./])([0-9]{1,2})\2([0-9]{4})(?=$|[\sT])", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    private static string DayFirstAsIso(string text)
    {
        if (text.Length < 8 || !char.IsAsciiDigit(text[0]) || DayFirstDate().Match(text) is not { Success: true } m)
        {
            return text;
        }

        var (first, second) = (int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture));
        var dayFirst = first > 12 || (m.Groups[2].ValueSpan[0] != '/' && second <= 12);
        return dayFirst ? $"{m.Groups[4].Value}-{second:00}-{first:00}{text[m.Length..]}" : text;
    }

    // `2019-02-26 19:00:00 UTC+1`, `2024-05-14 19:00 CEST`: the zone written after the clock as prose writes it.
    private static DateTimeOffset? WithZoneName(string text)
    {
        var space = text.LastIndexOf(' ');
        var at = space + 1;
        return space > 0 && Dates.ZoneNames.TryRead(text, ref at, out TimeSpan offset, out _) && at == text.Length
            && DateTime.TryParse(text.AsSpan(0, space), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset)
            : null;
    }

    private static bool StartsWithFence(string markdown)
    {
        var s = markdown.AsSpan().TrimStart('\uFEFF');
        return s.StartsWith("---") && (s.Length == 3 || s[3] is '\n' or '\r' or ' ' or '\t');
    }
}

/// <summary>A front matter cut out of the page before Markdig: TOML by <see cref="Structured.TomlFrontMatter"/> (null text
/// when it never closes), or a Pelican/MultiMarkdown header by <see cref="Structured.MetadataHeader"/>, already read into <paramref name="Header"/>
/// unless it is a Cobalt header's <paramref name="Yaml"/>.</summary>
internal sealed record SplitFrontMatter(string? Text, Dictionary<object, object?>? Header = null, bool Yaml = false);
