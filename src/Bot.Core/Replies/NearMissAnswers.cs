using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Words that find nothing, taken for the catalog's nearest name, 花名 or title word: one nearest is used (with
/// a line saying so), several are offered as "Did you mean …" buttons.</summary>
public static class NearMissAnswers
{
    private const int ShortestLatinWord = 4;

    /// <summary>For /search words that find nothing: the results for the nearest words (with a line saying so),
    /// "Did you mean …" buttons on a tie, or null when nothing is near.</summary>
    public static BotReply? Search(string query, ReplyContext view)
    {
        var mended = Mend([query], view, namesAsWords: true);
        if (mended.Choices is not null || mended.Notes.Count == 0)
        {
            return mended.Choices;
        }

        return SearchResults.Render(string.Join(' ', mended.Topic), SearchScope.All, 1, view, string.Join(" ", mended.Notes));
    }

    /// <summary>The words of <paramref name="pieces"/> mended: a word the catalog has nothing for becomes its nearest
    /// title word, or the people of its nearest name (as a word when <paramref name="namesAsWords"/>).</summary>
    internal static MendedWords Mend(IReadOnlyList<string> pieces, ReplyContext view, bool namesAsWords)
    {
        var terms = CatalogTerms.For(view.Catalog);
        var mended = new MendedWords([], [], [], null);
        foreach (var piece in pieces)
        {
            var words = new List<string>();
            // A name of several words ("Yitao Dng") is a miss as a whole; other phrases are mended word by word.
            var parts = piece.Contains(' ') && view.Catalog.Search(piece, 1).Count == 0 && terms.Terms.Closest(piece).Count > 0 ? [piece] : piece.Split(' ');
            foreach (var word in parts)
            {
                var closest = IsWorthMending(word) && view.Catalog.Search(word, 1).Count == 0 ? terms.Terms.Closest(word) : [];
                if (closest.Count > 1)
                {
                    return mended with { Choices = Choices(word, closest, terms, view) };
                }

                if (closest.Count == 0)
                {
                    words.Add(word);
                    continue;
                }

                var shown = terms.Display(closest[0]);
                mended.Notes.Add(view.Strings.ShowingInstead(shown, word));
                if (!namesAsWords && terms.Name(closest[0]) is { } name)
                {
                    mended.People.Add(name.Speakers);
                }
                else
                {
                    words.Add(shown);
                }
            }

            if (words.Count > 0)
            {
                mended.Topic.Add(string.Join(' ', words));
            }
        }

        return mended;
    }

    // Short Latin words are mostly English; one edit from them reaches too many title words to mean anything.
    private static bool IsWorthMending(string word) =>
        word.Length >= 2 && (word[0] >= '\u3400' || word.Length >= ShortestLatinWord && !word.All(char.IsAsciiDigit));

    private static BotReply Choices(string typed, IReadOnlyList<string> closest, CatalogTerms terms, ReplyContext view)
    {
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var term in closest)
        {
            if (terms.Name(term) is { } name)
            {
                buttons.AddRange(SpeakerChoice.Buttons(name.Speakers));
            }
            else if (CallbackData.SearchPage(SearchScope.All, 1, terms.Display(term)) is { } data)
            {
                buttons.Add([new ReplyButton(Shorten.To(terms.Display(term), 48), data)]);
            }
        }

        return new BotReply(Html.Escape(view.Strings.DidYouMean(Shorten.To(typed, 40)))) { Buttons = buttons.DistinctBy(b => b[0].CallbackData).Take(8).ToList() };
    }
}

/// <summary>What mending made of a topic: its words, the people names stood for, a line per word taken for another,
/// or the buttons to choose when a word was equally near several.</summary>
internal sealed record MendedWords(List<string> Topic, List<IReadOnlyList<SpeakerProfile>> People, List<string> Notes, BotReply? Choices);
