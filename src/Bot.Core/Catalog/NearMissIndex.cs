using Bot.Core.Text;
using F23.StringSimilarity;

namespace Bot.Core.Catalog;

/// <summary>Near misses over a set of terms (names, 花名, title words): the terms at the smallest edit distance
/// (Damerau–Levenshtein with adjacent transpositions), within a budget that grows with the length of what was typed.
/// Several at that distance is a tie, for "Did you mean …" buttons: one wrong character in a two-character name is
/// as close to every other name differing there, and no distance can tell them apart.</summary>
internal sealed class NearMissIndex
{
    private static readonly OptimalStringAlignment Distance = new();

    private readonly string[] _terms;
    private readonly Dictionary<char, List<int>> _byChar = [];

    public NearMissIndex(IEnumerable<string> terms)
    {
        _terms = terms.Where(t => t.Length > 0).Distinct().ToArray();
        for (var i = 0; i < _terms.Length; i++)
        {
            foreach (var c in _terms[i].Distinct())
            {
                (_byChar.TryGetValue(c, out var list) ? list : _byChar[c] = []).Add(i);
            }
        }
    }

    /// <summary>The terms closest to <paramref name="text"/>, or none within its budget; an exact term is no miss.</summary>
    public IReadOnlyList<string> Closest(string text, int limit = 5)
    {
        var key = TextNormalizer.Key(text);
        var budget = Budget(key);
        if (budget == 0 || key.Length > 40)
        {
            return [];
        }

        // Only terms sharing enough characters can be within the budget: count them through the character postings.
        var shared = new Dictionary<int, int>();
        foreach (var c in key.Distinct())
        {
            if (_byChar.TryGetValue(c, out var ids))
            {
                foreach (var id in ids)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        var needed = Math.Max(1, key.Distinct().Count() - budget);
        var best = int.MaxValue;
        var found = new List<string>();
        foreach (var (id, count) in shared)
        {
            var term = _terms[id];
            if (count < needed || Math.Abs(term.Length - key.Length) > budget || term == key)
            {
                continue;
            }

            var distance = (int)Distance.Distance(key, term);
            if (distance > budget || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            found.Add(term);
        }

        return found.Order(StringComparer.Ordinal).Take(limit).ToList();
    }

    // One edit for short words and names, two from eight characters on (Dragonfy, Kata Contaners); none for a
    // single character, which is one edit from everything.
    private static int Budget(string key) => key.Length switch
    {
        < 2 => 0,
        < 8 => 1,
        _ => 2,
    };
}
