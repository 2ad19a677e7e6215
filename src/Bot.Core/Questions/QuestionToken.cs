using Bot.Core.Catalog;
using Bot.Core.Events;

namespace Bot.Core.Questions;

internal enum TokenKind
{
    Cue,
    Person,
    Series,
    Date,
    /// <summary>Anything else: what the question is about (a topic, a title word, a typo).</summary>
    Word,
}

/// <summary>A stretch <c>[Start, End)</c> of the normalised question and what it was read as.</summary>
internal sealed record QuestionToken(TokenKind Kind, int Start, int End, string Text)
{
    public Cue Cue { get; init; }
    public CatalogTerms.NameEntry? Name { get; init; }
    public IReadOnlyList<Event> Events { get; init; } = [];
    public DateRange? Range { get; init; }

    public bool IsCjk => Text.Length > 0 && QuestionText.IsCjk(Text[0]);
}
