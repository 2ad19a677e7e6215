using System.Buffers;
using System.Text;

namespace Bot.Core.Text;

/// <summary>A list of words searched in one vectorised pass per script: case-insensitive for the Latin words, ordinal
/// for CJK, which has no case (a case-insensitive search over non-ASCII words takes a slow path). Same answer as
/// <see cref="WordSearch.ContainsWord"/> over each word, without a search per word.</summary>
internal sealed class WordSet
{
    private readonly SearchValues<string> _latin;
    private readonly SearchValues<string> _cjk;

    public WordSet(params string[] words)
    {
        _latin = SearchValues.Create([.. words.Where(w => Ascii.IsValid(w))], StringComparison.OrdinalIgnoreCase);
        _cjk = SearchValues.Create([.. words.Where(w => !Ascii.IsValid(w))], StringComparison.Ordinal);
    }

    public bool In(string text) => text.AsSpan().ContainsAny(_cjk) || text.AsSpan().ContainsAny(_latin);
}
