using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Questions;

/// <summary>Turns a member's message into a <see cref="Question"/> against the current catalog.</summary>
public static class QuestionReader
{
    public static Question Read(string text, CatalogSnapshot catalog, DateOnly today)
    {
        var normalized = QuestionText.Normalize(text);
        var tokens = QuestionScanner.Scan(normalized, CatalogTerms.For(catalog), catalog, today);
        var cues = tokens.Where(t => t.Kind == TokenKind.Cue).Select(t => t.Cue).ToHashSet();
        var people = tokens.Where(t => t.Kind == TokenKind.Person)
            .Select(t => (IReadOnlyList<SpeakerProfile>)t.Name!.Speakers)
            .DistinctBy(s => string.Join(",", s.Select(p => p.Id)))
            .ToList();
        var events = NamedSeries(tokens.Where(t => t.Kind == TokenKind.Series).SelectMany(t => t.Events).Distinct().ToList(), normalized);
        var range = tokens.FirstOrDefault(t => t.Kind == TokenKind.Date)?.Range;
        return new Question(cues, people, events, range, Topic(tokens));
    }

    // A bare number (第一期) names every series' issue of it; the series the question also names narrows it down.
    private static List<Event> NamedSeries(List<Event> events, string question)
    {
        if (events.Count < 2)
        {
            return events;
        }

        var key = TextNormalizer.Key(question);
        var named = events.Where(e => SeriesQuery.KeyOf(e.Series) is { Length: > 0 } series && key.Contains(series, StringComparison.Ordinal)).ToList();
        return named.Count > 0 ? named : events;
    }

    // Words next to each other (only spaces between) are one phrase: "service mesh", "服务发现".
    private static List<string> Topic(IReadOnlyList<QuestionToken> tokens)
    {
        var pieces = new List<string>();
        var phrase = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                phrase.Add(token.Text);
                continue;
            }

            Flush();
        }

        Flush();
        return pieces;

        // One character left over is a particle no list had (来, 呗) or a stray letter, never a topic.
        void Flush()
        {
            if (phrase.Count > 0 && !(phrase.Count == 1 && phrase[0].Length == 1))
            {
                pieces.Add(string.Join(' ', phrase));
            }

            phrase.Clear();
        }
    }
}
