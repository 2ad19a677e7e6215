namespace Bot.Core.Text;

internal static class WordSearch
{
    /// <summary>Whether <paramref name="text"/> contains <paramref name="word"/>, ignoring case when the word has Latin
    /// letters. The parser's word lists are Latin or CJK; CJK has no case, and a case-insensitive search for a non-ASCII
    /// word takes a slow scalar path, so those are searched ordinally, with the same answer.</summary>
    public static bool ContainsWord(this string text, string word) =>
        text.Contains(word, word.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0 || word.AsSpan().IndexOfAnyInRange('a', 'z') >= 0
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal);
}
