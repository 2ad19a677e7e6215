using Bot.Core.Recaps;

namespace Bot.Content;

/// <summary>What one load of the content folder produced.</summary>
/// <param name="Folder">Absolute path that was read.</param>
/// <param name="Found">False when the folder does not exist (the catalog is then empty).</param>
/// <param name="Pages">Markdown files read.</param>
/// <param name="FailedPages">Files that could not be read or parsed at all.</param>
public sealed record ContentLoadResult(string Folder, bool Found, int Pages, int Events, int Talks, int FailedPages)
{
    /// <summary>For /reload: the first problem of each page that failed: unreadable, or no event and a warning
    /// explaining why (recognised non-event pages have none).</summary>
    public IReadOnlyList<Diagnostic> FailedPageProblems { get; init; } = [];

    public static ContentLoadResult None { get; } = new(string.Empty, false, 0, 0, 0, 0);
}
