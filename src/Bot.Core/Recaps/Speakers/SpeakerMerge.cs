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
        // The primary's aliases, then the other's name and aliases, each once (a person has a handful: a list is enough).
        var aliases = new List<string>(primary.Aliases.Count + other.Aliases.Count + 1);
        foreach (var alias in primary.Aliases)
        {
            AddAlias(aliases, alias, primary.Name);
        }

        AddAlias(aliases, other.Name, primary.Name);
        foreach (var alias in other.Aliases)
        {
            AddAlias(aliases, alias, primary.Name);
        }

        return new Speaker(primary.Name, aliases.ToArray(), primary.Affiliation ?? other.Affiliation, primary.Bio ?? other.Bio);
    }

    private static void AddAlias(List<string> aliases, string alias, string name)
    {
        if (alias != name && !Contains(aliases, alias))
        {
            aliases.Add(alias);
        }
    }
}
