using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>Topic words that find nothing, taken for the catalog's nearest name, 花名 or title word: one nearest is
/// used (with a line saying so), several are offered as "Did you mean …" buttons.</summary>
public static class NearMisses
{
    private const int ShortestLatinWord = 4;

    internal sealed record Correction(Question Question, string? Note, BotReply? Choices);

    internal static Correction Correct(Question question, ReplyContext view)
    {
        // Beside a person or an event already named, leftover words are noise to leave alone, not typos to mend.
        if (question.Topic.Count == 0 || question.People.Count > 0 || question.Events.Count > 0 || view.Catalog.Search(question.TopicText, 1).Count > 0)
        {
            return new Correction(question, null, null);
        }

        var mended = Mend(question.Topic, view, namesAsWords: false);
        return mended.Notes.Count == 0 || mended.Choices is not null
            ? new Correction(question, null, mended.Choices)
            : new Correction(question with { Topic = mended.Topic, People = [.. question.People, .. mended.People] }, string.Join(" ", mended.Notes), null);
    }

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

    private sealed record Mended(List<string> Topic, List<IReadOnlyList<SpeakerProfile>> People, List<string> Notes, BotReply? Choices);

    private static Mended Mend(IReadOnlyList<string> pieces, ReplyContext view, bool namesAsWords)
    {
        var lexicon = QuestionLexicon.For(view.Catalog);
        var mended = new Mended([], [], [], null);
        foreach (var piece in pieces)
        {
            var words = new List<string>();
            // A name of several words ("Yitao Dng") is a miss as a whole; other phrases are mended word by word.
            var parts = piece.Contains(' ') && view.Catalog.Search(piece, 1).Count == 0 && lexicon.Terms.Closest(piece).Count > 0 ? [piece] : piece.Split(' ');
            foreach (var word in parts)
            {
                var closest = IsWorthCorrecting(word) && view.Catalog.Search(word, 1).Count == 0 ? lexicon.Terms.Closest(word) : [];
                if (closest.Count > 1)
                {
                    return mended with { Choices = Choices(word, closest, lexicon, view) };
                }

                if (closest.Count == 0)
                {
                    words.Add(word);
                    continue;
                }

                var display = lexicon.Display(closest[0]);
                mended.Notes.Add(view.Strings.ShowingInstead(display, word));
                if (!namesAsWords && lexicon.Name(closest[0]) is { } name)
                {
                    mended.People.Add(name.Speakers);
                }
                else
                {
                    words.Add(display);
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
    private static bool IsWorthCorrecting(string word) =>
        word.Length >= 2 && (QuestionText.IsCjk(word[0]) || word.Length >= ShortestLatinWord && !word.All(char.IsAsciiDigit));

    private static BotReply Choices(string typed, IReadOnlyList<string> terms, QuestionLexicon lexicon, ReplyContext view)
    {
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var term in terms)
        {
            if (lexicon.Name(term) is { } name)
            {
                buttons.AddRange(name.Speakers.Select(s => (IReadOnlyList<ReplyButton>)[new ReplyButton(
                    Shorten.To(s.Name + (s.Aliases.Count > 0 ? $" ({string.Join("/", s.Aliases)})" : string.Empty), 48), CallbackData.Speaker(s.Id))]));
            }
            else if (CallbackData.SearchPage(SearchScope.All, 1, lexicon.Display(term)) is { } data)
            {
                buttons.Add([new ReplyButton(Shorten.To(lexicon.Display(term), 48), data)]);
            }
        }

        return new BotReply(Html.Escape(view.Strings.DidYouMean(Shorten.To(typed, 40)))) { Buttons = buttons.DistinctBy(b => b[0].CallbackData).Take(8).ToList() };
    }
}
