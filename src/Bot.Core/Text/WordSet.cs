using System.Buffers;
using System.Text;

namespace Bot.Core.Text;

/// <summary>A list of words searched in one vectorised pass per script: case-insensitive for the Latin words, ordinal
/// for CJK, which has no case (a case-insensitive search over non-ASCII words takes a slow path). Same answer as
/// <see cref="WordSearch.ContainsWord"/> over each word, without a search per word.</summary>
internal sealed class WordSet
{
    private readonly SearchValues<string> _latin;

    // A SearchValues<string> of CJK words walks the text a character at a time.
    private readonly ExactWords _cjk;

    public WordSet(params string[] words)
    {
        _latin = SearchValues.Create([.. words.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);
        _cjk = new ExactWords([.. words.Where(w => !Ascii.IsValid(w))]);
    }

    public bool In(string text) => _cjk.In(text) || text.AsSpan().ContainsAny(_latin);
}
