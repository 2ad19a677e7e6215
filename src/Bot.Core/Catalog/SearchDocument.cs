namespace Bot.Core.Catalog;

internal sealed record SearchDocument(SearchHit Hit, IReadOnlyList<SearchField> Fields)
{
    /// <summary>The best rank at which every term is found, or null when one is missing.</summary>
    public MatchRank? Match(string wholeKey, IReadOnlyList<string> termKeys)
    {
        MatchRank? best = null;
        foreach (var field in Fields)
        {
            var rank = field.Exact is { } exact && field.Key == wholeKey ? exact
                : field.Key.Contains(wholeKey, StringComparison.Ordinal) ? field.Contains
                : (MatchRank?)null;
            if (rank is not null && (best is null || rank < best))
            {
                best = rank;
            }
        }

        if (best is not null || termKeys.Count < 2)
        {
            return best;
        }

        // Words in another order or spread over fields ("mesh service", "layotto 周群力"): all must be found.
        MatchRank worst = MatchRank.ExactName;
        foreach (var term in termKeys)
        {
            var termBest = Fields.Where(f => f.Key.Contains(term, StringComparison.Ordinal)).Select(f => (MatchRank?)f.Contains).Min();
            if (termBest is null)
            {
                return null;
            }

            worst = termBest > worst ? termBest.Value : worst;
        }

        return worst;
    }
}
