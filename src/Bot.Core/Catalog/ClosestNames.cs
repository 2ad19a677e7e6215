using Bot.Core.Text;
using F23.StringSimilarity;

namespace Bot.Core.Catalog;

/// <summary>Suggestions when no speaker has the name asked for: smallest edit distance over every name and alias.</summary>
public static class ClosestNames
{
    private const int MaxKeyLength = 40;
    private static readonly OptimalStringAlignment EditDistance = new();

    public static IReadOnlyList<SpeakerProfile> For(CatalogSnapshot catalog, string name, int limit = 5)
    {
        var key = TextNormalizer.Key(name);
        if (key.Length == 0)
        {
            return [];
        }

        key = key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;
        return catalog.Speakers
            .Select(s => (Speaker: s, Distance: s.AllNames.Min(n => Distance(key, TextNormalizer.Key(n)))))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 2))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Speaker.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Speaker)
            .ToList();
    }

    private static int Distance(string a, string b) =>
        (int)EditDistance.Distance(a, b.Length > MaxKeyLength ? b[..MaxKeyLength] : b);
}
