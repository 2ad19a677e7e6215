using Bot.Core.Catalog;

namespace Bot.Core.Questions;

/// <summary>Turns a member's message into a <see cref="Question"/> against the current catalog.</summary>
public static class QuestionReader
{
    public static Question Read(string text, CatalogSnapshot catalog, DateOnly today)
    {
        var normalized = QuestionText.Normalize(text);
        var tokens = QuestionScanner.Scan(normalized, QuestionLexicon.For(catalog), catalog, today);
        var cues = tokens.Where(t => t.Kind == TokenKind.Cue).Select(t => t.Cue).ToHashSet();
        var people = tokens.Where(t => t.Kind == TokenKind.Person)
            .Select(t => (IReadOnlyList<SpeakerProfile>)t.Name!.Speakers)
            .DistinctBy(s => string.Join(",", s.Select(p => p.Id)))
            .ToList();
        var events = tokens.Where(t => t.Kind == TokenKind.Series).SelectMany(t => t.Events).Distinct().ToList();
        var range = tokens.FirstOrDefault(t => t.Kind == TokenKind.Date)?.Range;
        return new Question(cues, people, events, range, Topic(tokens));
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

        void Flush()
        {
            if (phrase.Count > 0)
            {
                pieces.Add(string.Join(' ', phrase));
                phrase.Clear();
            }
        }
    }
}
