using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Inverted index of character unigrams and bigrams over normalised keys: works for Chinese, which has no
/// spaces between words, and for English words alike. A query reads only the rarest posting list of its grams,
/// then checks the few candidates, so its cost follows the number of matches, not the catalog size.</summary>
internal sealed class SearchIndex
{
    private readonly List<SearchDocument> _documents = [];
    private readonly Dictionary<uint, List<int>> _postings = [];

    public void Add(SearchHit hit, IEnumerable<SearchField> fields)
    {
        var kept = fields.Where(f => f.Key.Length > 0).ToList();
        if (kept.Count == 0)
        {
            return;
        }

        var id = _documents.Count;
        _documents.Add(new SearchDocument(hit, kept));
        var grams = new HashSet<uint>();
        foreach (var field in kept)
        {
            for (var i = 0; i < field.Key.Length; i++)
            {
                grams.Add(Gram(field.Key[i], '\0'));
                if (i + 1 < field.Key.Length)
                {
                    grams.Add(Gram(field.Key[i], field.Key[i + 1]));
                }
            }
        }

        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var list))
            {
                _postings[gram] = list = [];
            }

            list.Add(id);
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit, Func<SearchHit, bool>? filter = null)
    {
        var wholeKey = TextNormalizer.Key(query);
        var terms = TextNormalizer.Clean(query).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.Key).Where(t => t.Length > 0).Distinct().ToList();
        if (wholeKey.Length == 0 || terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        var candidates = RarestPosting(terms);
        if (candidates.Count == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var id in candidates)
        {
            var document = _documents[id];
            if ((filter is null || filter(document.Hit)) && document.Match(wholeKey, terms) is { } rank)
            {
                hits.Add(document.Hit with { Rank = rank });
            }
        }

        return hits.OrderBy(h => h.Rank).ThenByDescending(h => h.Date).Take(limit).ToList();
    }

    private IReadOnlyList<int> RarestPosting(IEnumerable<string> terms)
    {
        IReadOnlyList<int>? rarest = null;
        foreach (var term in terms)
        {
            var grams = term.Length == 1 ? [Gram(term[0], '\0')] : Enumerable.Range(0, term.Length - 1).Select(i => Gram(term[i], term[i + 1]));
            foreach (var gram in grams)
            {
                if (!_postings.TryGetValue(gram, out var list))
                {
                    return [];
                }

                if (rarest is null || list.Count < rarest.Count)
                {
                    rarest = list;
                }
            }
        }

        return rarest ?? [];
    }

    private static uint Gram(char first, char second) => ((uint)first << 16) | second;
}
