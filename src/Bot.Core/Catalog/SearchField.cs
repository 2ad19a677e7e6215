namespace Bot.Core.Catalog;

/// <summary>A normalised field of a search document: <paramref name="Exact"/> when the whole query equals it,
/// <paramref name="Contains"/> when it only contains the query.</summary>
internal sealed record SearchField(string Key, MatchRank Contains, MatchRank? Exact = null);
