namespace Bot.Core.Tests.Questions;

/// <summary>A member's question, the facts a right answer must show, and the pages those facts come from (none for
/// questions about the bot itself, such as how to subscribe).</summary>
public sealed record QuestionCase(string Language, string Text, IReadOnlyList<string> Pages, IReadOnlyList<string> Facts)
{
    public override string ToString() => $"[{Language}] {Text}";
}
