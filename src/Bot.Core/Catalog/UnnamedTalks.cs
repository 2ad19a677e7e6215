using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>A talk whose page names no speaker but whose title opens with the name of someone the catalog knows
/// ("宋顺四周年致辞") is that person's: the catalog gives it them, as they are written elsewhere (real name and 花名).</summary>
internal static class UnnamedTalks
{
    private const int ShortestName = 2;
    private const int LongestName = 24;

    public static IReadOnlyList<Event> Attribute(IReadOnlyList<Event> events)
    {
        if (!events.Any(e => e.Talks.Any(t => t.Speakers.Count == 0)))
        {
            return events;
        }

        var known = KnownNames(events);
        return known.Count == 0 ? events : events.Select(e => Attribute(e, known)).ToList();
    }

    private static Event Attribute(Event e, Dictionary<string, Speaker> known)
    {
        if (e.Talks.All(t => t.Speakers.Count > 0))
        {
            return e;
        }

        // Names only: the affiliation and bio a page gives belong to that page's talk.
        var talks = e.Talks.Select(t => t.Speakers.Count == 0 && Opener(t.Title, known) is { } speaker
            ? t with { Speakers = [new Speaker(speaker.Name, speaker.Aliases)] }
            : t).ToList();
        return e with { Talks = talks };
    }

    private static Speaker? Opener(string title, Dictionary<string, Speaker> known)
    {
        var key = TextNormalizer.Key(title);
        for (var length = Math.Min(key.Length - 1, LongestName); length >= ShortestName; length--)
        {
            if (known.TryGetValue(key[..length], out var speaker))
            {
                return speaker;
            }
        }

        return null;
    }

    // Every name and 花名, mapped to the fullest way a page writes that person (the record with the most aliases).
    private static Dictionary<string, Speaker> KnownNames(IEnumerable<Event> events)
    {
        var known = new Dictionary<string, Speaker>();
        foreach (var speaker in events.SelectMany(e => e.Talks).SelectMany(t => t.Speakers).OrderByDescending(s => s.Aliases.Count))
        {
            foreach (var key in speaker.AllNames.Select(TextNormalizer.Key).Where(k => k.Length >= ShortestName).Distinct())
            {
                known.TryAdd(key, speaker);
            }
        }

        return known;
    }
}
