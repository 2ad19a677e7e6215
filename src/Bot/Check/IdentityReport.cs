using Bot.Core.Catalog;

namespace Bot.Check;

/// <summary>Where pages disagree about who a speaker is, one warning line each, in the parser's diagnostic shape.</summary>
internal static class IdentityReport
{
    public const string Code = "speaker-identity";

    public static IReadOnlyList<string> Lines(CatalogSnapshot catalog) =>
        [.. catalog.IdentityConflicts.Select(c => $"{string.Join(", ", c.Files)}: warning {Code}: {Describe(c)}")];

    private static string Describe(IdentityConflict conflict) => conflict.Kind switch
    {
        IdentityConflictKind.SharedHuaming =>
            $"the 花名 '{conflict.Name}' is given to {string.Join(" and ", conflict.People.Select(p => $"'{p}'"))}; they stay separate people and '{conflict.Name}' finds both",
        _ =>
            $"{string.Join(" and ", conflict.People.Select(p => $"'{p}'"))} are each written as the other's 花名; they are shown as one person",
    };
}
