namespace Bot.Content;

/// <summary>What one /reload found: the load itself and the event ids added, changed and removed.</summary>
public sealed record ReloadReport(ContentLoadResult Load, IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);
