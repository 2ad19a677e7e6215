using System.Buffers;

namespace Bot.Core.Recaps;

/// <summary>Words searched for as written (ordinal), the parser's lists of CJK words and folded keys: a text holds one
/// only if it holds a first character of one, which one vectorised search tells for most texts that hold none (a
/// <see cref="SearchValues{T}"/> of the CJK words themselves would take .NET's slower per-character path).</summary>
internal sealed class OrdinalWords
{
    private readonly string[] _words;
    private readonly SearchValues<char> _initials;

    public OrdinalWords(params string[] words)
    {
        _words = words;
        _initials = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);
    }

    /// <summary>Whether <paramref name="text"/> holds one of the words and at least <paramref name="minOtherChars"/>
    /// characters besides it.</summary>
    public bool In(string text, int minOtherChars = 0)
    {
        if (!text.AsSpan().ContainsAny(_initials))
        {
            return false;
        }

        foreach (var word in _words)
        {
            if (text.Length >= word.Length + minOtherChars && text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
