using System.Buffers;

namespace Bot.Core.Text;

/// <summary>Words searched for as written (ordinal): the parser's lists of CJK words and of folded keys, and the CJK
/// half of <see cref="WordSet"/>. A vectorised search for the words' first characters skips the text between
/// candidates, and the words are tried only where one starts (a <see cref="SearchValues{T}"/> of the CJK words
/// themselves would walk the text a character at a time).</summary>
internal sealed class ExactWords
{
    private readonly string[] _words;
    private readonly SearchValues<char> _initials;

    public ExactWords(params string[] words)
    {
        // A page in traditional characters writes the same words (`時間`, `講者`): their forms are searched too.
        words = [.. words, .. words.SelectMany(w => HanVariants.TraditionalForms(w))];
        _words = words;
        _initials = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);
        InitialsAreCjk = words.All(w => w[0] is >= '\u3000' and <= '\u9FFF');
    }

    /// <summary>Every word starts with a CJK character (U+3000–U+9FFF): no HTML named character reference spells one.</summary>
    public bool InitialsAreCjk { get; }

    /// <summary>Whether <paramref name="text"/> holds the first character of one of the words: where none is, no word is.</summary>
    public bool AnyInitialIn(ReadOnlySpan<char> text) => text.ContainsAny(_initials);

    /// <summary>Whether <paramref name="text"/> holds one of the words and at least <paramref name="minOtherChars"/>
    /// characters besides it.</summary>
    public bool In(string text, int minOtherChars = 0)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(_initials); at >= 0; at = rest.IndexOfAny(_initials))
        {
            rest = rest[at..];
            foreach (var word in _words)
            {
                if (text.Length >= word.Length + minOtherChars && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            rest = rest[1..];
        }

        return false;
    }
}
