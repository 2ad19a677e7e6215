using Bot.Core.Events;

namespace Bot.Core.Recaps.Speakers;

/// <summary>Combines two mentions of one person, keeping the real name as <see cref="Speaker.Name"/>.</summary>
internal static class SpeakerMerge
{
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
