using Bot.Content;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Check;

/// <summary>Where pages disagree about who a speaker is, as warnings on the first page involved. Speakers are merged
/// across pages, so these belong to the folder, not to one page.</summary>
internal static class IdentityReport
{
    public const string Code = "speaker-identity";

    public static IReadOnlyList<Diagnostic> Findings(LoadedContent content) =>
        [.. CatalogSnapshot.Create(content.Pages.Select(p => p.Event).OfType<Event>()).IdentityConflicts
            .Select(c => new Diagnostic(c.Files[0], 1, Severity.Warning, Code, Describe(c)))];

    private static string Describe(IdentityConflict conflict)
    {
        var people = string.Join(" and ", conflict.People.Select(p => $"'{p}'"));
        var pages = string.Join(", ", conflict.Files);
        return conflict.Kind switch
        {
            IdentityConflictKind.SharedHuaming =>
                $"the 花名 '{conflict.Name}' is given to {people} ({pages}); they stay separate people and '{conflict.Name}' finds both",
            _ => $"{people} are each written as the other's 花名 ({pages}); they are shown as one person",
        };
    }
}
