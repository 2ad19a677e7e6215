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
        for (var l = 0; l < linkTitles.Count; l++)
        {
            var key = TextNormalizer.Key(linkTitles[l]);
            for (var t = 0; t < talkTitles.Count && owner[l] < 0; t++)
            {
                if (!taken[t] && key.Length > 0 && key == TextNormalizer.Key(talkTitles[t]))
                {
                    (owner[l], taken[t]) = (t, true);
                }
            }
        }

        MatchBySimilarity(talkTitles, linkTitles, owner, taken);
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

    private static void MatchBySimilarity(IReadOnlyList<string> talks, IReadOnlyList<string> links, int[] owner, bool[] taken)
    {
        while (true)
        {
            (int Link, int Talk, double Score) best = (-1, -1, Threshold);
            for (var l = 0; l < links.Count; l++)
            {
                for (var t = 0; owner[l] < 0 && t < talks.Count; t++)
                {
                    var score = taken[t] ? 0 : DiceSimilarity.Of(links[l], talks[t]);
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
