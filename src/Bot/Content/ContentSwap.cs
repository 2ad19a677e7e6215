using Bot.Core.Catalog;

namespace Bot.Content;

/// <summary>One load of the content folder with the catalog snapshot it replaced and the one it swapped in.</summary>
public sealed record ContentSwap(ContentLoadResult Result, CatalogSnapshot Before, CatalogSnapshot After);
