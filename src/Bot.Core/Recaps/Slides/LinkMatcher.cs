using Bot.Core.Recaps.Talks;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Slides;

/// <summary>Pairs links (slides or replays) with talks (§7): equal normalised titles first, then the most similar
/// remaining pairs above a threshold, then — only when the counts are equal — the rest by order.</summary>
internal static class LinkMatcher
{
    private const double Threshold = 0.5;

    /// <returns>For each link, the index of its talk, or -1 when it matched none.</returns>
    public static int[] Match(IReadOnlyList<string> talkTitles, IReadOnlyList<string> linkTitles, bool orderFallback = true)
    {
        var owner = new int[linkTitles.Count];
        Array.Fill(owner, -1);
        var taken = new bool[talkTitles.Count];
        var talkKeys = talkTitles.Select(TextNormalizer.Key).ToArray();
        var linkKeys = linkTitles.Select(TextNormalizer.Key).ToArray();
        for (var l = 0; l < linkKeys.Length; l++)
        {
            for (var t = 0; t < talkKeys.Length && owner[l] < 0; t++)
            {
                if (!taken[t] && linkKeys[l].Length > 0 && linkKeys[l] == talkKeys[t])
                {
                    (owner[l], taken[t]) = (t, true);
                }
            }
        }

        MatchBySimilarity(talkKeys, linkKeys, owner, taken);
        if (orderFallback && talkTitles.Count == linkTitles.Count)
        {
            var t = 0;
            for (var l = 0; l < linkTitles.Count; l++)
            {
                while (owner[l] < 0 && t < taken.Length)
                {
                    if (!taken[t])
                    {
                        (owner[l], taken[t]) = (t, true);
                    }

                    t++;
                }
            }
        }

        return owner;
    }

    private static void MatchBySimilarity(string[] talks, string[] links, int[] owner, bool[] taken)
    {
        if (Array.TrueForAll(owner, o => o >= 0) || Array.TrueForAll(taken, t => t))
        {
            return;
        }

        // Scores once, then greedy best-first: the strongest remaining pair is always the safest.
        var scores = new double[links.Length, talks.Length];
        for (var l = 0; l < links.Length; l++)
        {
            for (var t = 0; t < talks.Length; t++)
            {
                scores[l, t] = owner[l] >= 0 || taken[t] ? 0 : DiceSimilarity.OfKeys(links[l], talks[t]);
            }
        }

        while (true)
        {
            (int Link, int Talk, double Score) best = (-1, -1, Threshold);
            for (var l = 0; l < links.Length; l++)
            {
                for (var t = 0; owner[l] < 0 && t < talks.Length; t++)
                {
                    var score = taken[t] ? 0 : scores[l, t];
                    if (score > best.Score)
                    {
                        best = (l, t, score);
                    }
                }
            }

            if (best.Link < 0)
            {
                return;
            }

            (owner[best.Link], taken[best.Talk]) = (best.Talk, true);
        }
    }

    /// <summary>Convenience for drafts.</summary>
    public static int[] Match(List<TalkDraft> talks, IReadOnlyList<PageLink> links, bool orderFallback = true) =>
        Match(talks.ConvertAll(t => t.Title), links.Select(l => LinkTitle.Of(l.Text)).ToArray(), orderFallback);
}
