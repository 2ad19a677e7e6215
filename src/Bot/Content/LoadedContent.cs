using Bot.Core.Recaps;

namespace Bot.Content;

/// <summary>The pages of a content folder, parsed, plus the files that could not be read.</summary>
/// <param name="Pages">Parsed pages in ordinal order of their relative paths (sources use <c>/</c>).</param>
/// <param name="Diagnostics">One error per file that could not be read (or is over the size limit), one warning per link not followed.</param>
public sealed record LoadedContent(IReadOnlyList<RecapPage> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int UnreadableCount => Diagnostics.Count(d => d.Severity == Severity.Error);
}
