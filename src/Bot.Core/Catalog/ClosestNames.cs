using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Suggestions when no speaker has the name asked for: smallest edit distance over every name and alias.</summary>
public static class ClosestNames
{
    private const int MaxKeyLength = 40;

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

    private static int Distance(string a, string b)
    {
        b = b.Length > MaxKeyLength ? b[..MaxKeyLength] : b;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
