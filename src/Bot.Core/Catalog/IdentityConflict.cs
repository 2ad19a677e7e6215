namespace Bot.Core.Catalog;

/// <summary>Pages that disagree about who someone is, for <c>check</c> to report.</summary>
/// <param name="Name">The name in question (the shared 花名, or one of the swapped names).</param>
/// <param name="People">The real names involved.</param>
/// <param name="Files">The pages that say so.</param>
public sealed record IdentityConflict(IdentityConflictKind Kind, string Name, IReadOnlyList<string> People, IReadOnlyList<string> Files);
