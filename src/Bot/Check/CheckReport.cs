using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Check;

/// <summary>Formats checked pages as text lines or as the JSON array of docs/PAGE-FORMAT.md §12.</summary>
internal static class CheckReport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keep Chinese readable in the output rather than \uXXXX escapes; this is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CheckJsonContext.Default,
    };

    private static readonly JsonTypeInfo<List<CheckPageJson>> PagesJson =
        (JsonTypeInfo<List<CheckPageJson>>)JsonOptions.GetTypeInfo(typeof(List<CheckPageJson>));

    public static string Json(IEnumerable<RecapPage> pages, IReadOnlyList<Diagnostic>? contentFindings = null) =>
        JsonSerializer.Serialize(pages.Select(p => ToJson(p, contentFindings)).ToList(), PagesJson);

    public static CheckPageJson ToJson(RecapPage page, IReadOnlyList<Diagnostic>? contentFindings = null)
    {
        var e = page.Event;
        var talks = e?.Talks ?? [];
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var speaker in talks.SelectMany(t => t.Speakers).Where(s => s.Aliases.Count > 0))
        {
            aliases.TryAdd(speaker.Name, speaker.Aliases);
        }

        return new CheckPageJson(
            page.Source,
            page.IsEvent,
            page.Title,
            Iso(e?.Start),
            Iso(e?.End),
            e is null ? null : e.Form switch { EventForm.Online or EventForm.Hybrid => true, EventForm.Offline => false, _ => null },
            e?.Venue,
            e?.LiveUrl,
            e?.ReplayUrl,
            e?.SlidesUrl,
            [.. talks.Select(t => new CheckTalkJson(t.Title, [.. t.Speakers.Select(s => s.Name)], t.SlidesUrl))],
            aliases,
            e?.Series,
            e?.Number,
            KindName(page),
            page.Reason,
            [.. page.Diagnostics.Where(d => d.Severity >= Severity.Warning).OrderBy(d => d.Line)
                .Concat(contentFindings?.Where(d => d.File == page.Source) ?? [])
                .Select(d => d.ToString())]);
    }

    public static string Line(RecapPage page)
    {
        var e = page.Event;
        if (e is null)
        {
            return $"{page.Source}  {KindName(page)}  (not an event: {page.Reason ?? "unreadable"})  warnings={page.WarningCount}";
        }

        var start = e.Start is { } s ? s.ToString(e.HasClockTime ? "yyyy-MM-dd HH:mm zzz" : "yyyy-MM-dd", CultureInfo.InvariantCulture) : "no start";
        var speakers = e.Talks.SelectMany(t => t.Speakers).Select(p => p.Name).Distinct(StringComparer.Ordinal).Count();
        return $"{page.Source}  {KindName(page)}  {start}  talks={e.Talks.Count} speakers={speakers} slides={e.Slides.Count} warnings={page.WarningCount}";
    }

    public static string KindName(RecapPage page) => JsonNamingPolicy.CamelCase.ConvertName(
        page.Event is { } e ? e.Kind.ToString() : page.Kind.ToString());

    private static string? Iso(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
