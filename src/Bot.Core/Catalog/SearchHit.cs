using Bot.Core.Events;

namespace Bot.Core.Catalog;

/// <summary>One search result: an event, a talk or a speaker (exactly one of the three is set).</summary>
public sealed record SearchHit(SearchHitKind Kind, MatchRank Rank, Event? Event = null, TalkRef? Talk = null, SpeakerProfile? Speaker = null)
{
    public DateTimeOffset Date => (Kind switch
    {
        SearchHitKind.Event => Event?.Start,
        SearchHitKind.Talk => Talk?.Event.Start,
        _ => Speaker?.Talks.FirstOrDefault()?.Event.Start,
    }) ?? DateTimeOffset.MinValue;
}
