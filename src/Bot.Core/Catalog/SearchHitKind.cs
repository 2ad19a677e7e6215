namespace Bot.Core.Catalog;

public enum SearchHitKind
{
    Event,
    Talk,
    Speaker,
}
