using Bot.Core.Events;

namespace Bot.Core.Catalog;

/// <summary>Pages that describe the same event (the same series and number, or the same id) become one: the one with
/// the most talks, then the most slides, then the smallest id, so the choice is stable. <see cref="Findings"/> tells
/// content authors which page the bot keeps and why.</summary>
public static class DuplicateEvents
{
    public static string KeyOf(Event e) => e.Number is { } n ? $"{SeriesQuery.KeyOf(e.Series)}#{n}" : "id:" + e.Id;

    /// <summary>The group's events, the one the bot keeps first.</summary>
    public static IEnumerable<Event> Preferred(IEnumerable<Event> group) =>
        group.OrderByDescending(e => e.Talks.Count)
            .ThenByDescending(e => e.Slides.Count + e.Talks.Count(t => t.SlidesUrl is not null))
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    public static IEnumerable<Event> Deduplicate(IEnumerable<Event> events) => events.GroupBy(KeyOf).Select(g => Preferred(g).First());

    /// <summary>A finding for every page the bot does not serve because another page claims its event.</summary>
    public static IReadOnlyList<DuplicateFinding> Findings(IEnumerable<Event> pageEvents)
    {
        var findings = new List<DuplicateFinding>();
        var events = pageEvents.ToList();
        foreach (var group in events.GroupBy(KeyOf).Where(g => g.Count() > 1))
        {
            var ranked = Preferred(group).ToList();
            var kept = ranked[0];
            foreach (var dropped in ranked.Skip(1))
            {
                var (code, what) = dropped.Number is not null
                    ? ("series-number-clash", $"claims {dropped.SeriesLabel ?? $"#{dropped.Number}"} like {kept.SourceFile}")
                    : ("duplicate-id", $"has the id '{dropped.Id}' like {kept.SourceFile}");
                findings.Add(new DuplicateFinding(dropped.SourceFile, code, $"this page {what}; the bot serves only {kept.SourceFile} ({Why(kept, dropped)})"));
            }
        }

        foreach (var group in events.GroupBy(e => e.Id).Where(g => g.Count() > 1 && g.Select(KeyOf).Distinct().Count() > 1))
        {
            // Same id, different series numbers: both are served, but deep links and /start payloads find only one.
            var first = group.OrderBy(e => e.SourceFile, StringComparer.Ordinal).First();
            foreach (var other in group.Where(e => !ReferenceEquals(e, first)))
            {
                findings.Add(new DuplicateFinding(other.SourceFile, "duplicate-id", $"this page has the id '{other.Id}' like {first.SourceFile}; links by id open {first.SourceFile}"));
            }
        }

        return findings;
    }

    private static string Why(Event kept, Event dropped) =>
        kept.Talks.Count != dropped.Talks.Count ? $"it has {kept.Talks.Count} talk(s) against {dropped.Talks.Count}"
        : kept.Slides.Count != dropped.Slides.Count ? "it has more slides"
        : "both have as many talks and slides; the smaller id wins";
}

/// <summary>What <see cref="DuplicateEvents.Findings"/> tells a content author about one page.</summary>
public sealed record DuplicateFinding(string SourceFile, string Code, string Message);
