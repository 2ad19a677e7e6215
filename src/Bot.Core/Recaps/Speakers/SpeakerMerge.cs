using Bot.Core.Events;

namespace Bot.Core.Recaps.Speakers;

/// <summary>Combines two mentions of one person, keeping the real name as <see cref="Speaker.Name"/>.</summary>
internal static class SpeakerMerge
{
    /// <summary>True when the two mentions share a name or alias (no LINQ: this runs for every speaker pair).</summary>
    public static bool SharesName(Speaker a, Speaker b)
    {
        if (a.Name == b.Name || Contains(b.Aliases, a.Name) || Contains(a.Aliases, b.Name))
        {
            return true;
        }

        foreach (var alias in a.Aliases)
        {
            if (Contains(b.Aliases, alias))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasName(Speaker speaker, string name) => speaker.Name == name || Contains(speaker.Aliases, name);

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return true;
            }
        }

        return false;
    }

    public static Speaker Merge(Speaker a, Speaker b)
    {
        // The mention that gives a 花名 alongside a name is the one carrying the real name (§14).
        var primary = b.Aliases.Count > a.Aliases.Count ? b : a;
        var other = ReferenceEquals(primary, a) ? b : a;
        var aliases = primary.Aliases.Concat(other.AllNames)
            .Where(n => n != primary.Name)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new Speaker(primary.Name, aliases, primary.Affiliation ?? other.Affiliation, primary.Bio ?? other.Bio);
    }
}
