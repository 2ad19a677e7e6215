namespace Bot.Core.Catalog;

/// <summary>How well a search hit matched, best first.</summary>
public enum MatchRank
{
    ExactName,
    ExactAlias,
    Name,
    Title,
    Text,
}
