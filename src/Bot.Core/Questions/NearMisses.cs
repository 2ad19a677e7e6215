using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>Topic words that find nothing, taken for the catalog's nearest name, 花名 or title word: one nearest is
/// used (with a line saying so), several are offered as "Did you mean …" buttons.</summary>
internal static class NearMisses
{
    private const int ShortestLatinWord = 4;

    public sealed record Correction(Question Question, string? Note, BotReply? Choices);

    public static Correction Correct(Question question, ReplyContext view)
    {
        var unchanged = new Correction(question, null, null);
        // Beside a person or an event already named, leftover words are noise to leave alone, not typos to mend.
        if (question.Topic.Count == 0 || question.People.Count > 0 || question.Events.Count > 0 || view.Catalog.Search(question.TopicText, 1).Count > 0)
        {
            return unchanged;
        }

        var lexicon = QuestionLexicon.For(view.Catalog);
        var topic = new List<string>();
        var people = question.People.ToList();
        var notes = new List<string>();
        foreach (var piece in question.Topic)
        {
            var words = new List<string>();
            // A name of several words ("Yitao Dng") is a miss as a whole; other phrases are mended word by word.
            var parts = piece.Contains(' ') && view.Catalog.Search(piece, 1).Count == 0 && lexicon.Terms.Closest(piece).Count > 0 ? [piece] : piece.Split(' ');
            foreach (var word in parts)
            {
                var closest = IsWorthCorrecting(word) && view.Catalog.Search(word, 1).Count == 0 ? lexicon.Terms.Closest(word) : [];
                if (closest.Count > 1)
                {
                    return new Correction(question, null, Choices(word, closest, lexicon, view));
                }

                if (closest.Count == 0)
                {
                    words.Add(word);
                    continue;
                }

                notes.Add(view.Strings.ShowingInstead(lexicon.Display(closest[0]), word));
                if (lexicon.Name(closest[0]) is { } name)
                {
                    people.Add(name.Speakers);
                }
                else
                {
                    words.Add(lexicon.Display(closest[0]));
                }
            }

            if (words.Count > 0)
            {
                topic.Add(string.Join(' ', words));
            }
        }

        return notes.Count == 0 ? unchanged : new Correction(question with { Topic = topic, People = people }, string.Join(" ", notes), null);
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

        return new BotReply(Html.Escape(view.Strings.DidYouMean(Shorten.To(typed, 40)))) { Buttons = buttons.Take(8).ToList() };
    }
}
