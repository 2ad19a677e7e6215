using System.Buffers;
using System.Text;

namespace Bot.Core.Text;

/// <summary>A list of words searched in one vectorised pass per script: case-insensitive for the Latin words, ordinal
/// for CJK, which has no case (a case-insensitive search over non-ASCII words takes a slow path). Same answer as
/// <see cref="WordSearch.ContainsWord"/> over each word, without a search per word.</summary>
internal sealed class WordSet
{
    private readonly SearchValues<string> _latin;
    private readonly string[] _cjk;

    // A SearchValues<string> of CJK words walks the text a character at a time; a vectorised search for the words'
    // first characters skips the text between candidates, and the words are tried only where one starts.
    private readonly SearchValues<char> _cjkFirst;

    public WordSet(params string[] words)
    {
        _latin = SearchValues.Create([.. words.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);
        _cjk = [.. words.Where(w => !Ascii.IsValid(w))];
        _cjkFirst = SearchValues.Create([.. _cjk.Select(w => w[0]).Distinct()]);
    }

    public bool In(string text) => ContainsCjk(text) || text.AsSpan().ContainsAny(_latin);

    private bool ContainsCjk(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(_cjkFirst); at >= 0; at = text.IndexOfAny(_cjkFirst))
        {
            text = text[at..];
            foreach (var word in _cjk)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            text = text[1..];
        }

        return false;
    }
}
