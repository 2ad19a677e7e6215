using Bot.Core.Catalog;
using Bot.Core.Events;

namespace Bot.Core.Questions;

/// <summary>What a question asks and what it is about, read from its words.</summary>
/// <param name="Cues">What is asked (when, who, slides …).</param>
/// <param name="People">Each person mentioned, as the speakers the name may mean (a shared 花名 means several).</param>
/// <param name="Events">Events named by series and number.</param>
/// <param name="Range">Days asked about, in the chat's zone.</param>
/// <param name="Topic">The rest, in order: title words, project names, words the catalog may not know (typos).</param>
public sealed record Question(
    IReadOnlySet<Cue> Cues,
    IReadOnlyList<IReadOnlyList<SpeakerProfile>> People,
    IReadOnlyList<Event> Events,
    DateRange? Range,
    IReadOnlyList<string> Topic)
{
    public bool Has(Cue cue) => Cues.Contains(cue);

    /// <summary>Live streams or meetups only, when the question says so.</summary>
    public SeriesFilter Kind =>
        Has(Cue.LiveStream) && !Has(Cue.Meetup) ? SeriesFilter.Channel
        : Has(Cue.Meetup) && !Has(Cue.LiveStream) ? SeriesFilter.Meetup
        : SeriesFilter.All;

    public string TopicText => string.Join(' ', Topic);

    /// <summary>Which one of a kind is meant, when no event is named: the first, the last past one, the next, the newest.</summary>
    public Moment Moment =>
        Has(Cue.First) ? Moment.First
        : Has(Cue.Last) && !Has(Cue.Next) ? Moment.Last
        : Has(Cue.Next) ? Moment.Next
        : Has(Cue.Latest) ? Moment.Latest
        : Moment.None;

    /// <summary>Nothing but particles and politeness: no cue that asks, no entity, no topic.</summary>
    public bool IsEmpty => People.Count == 0 && Events.Count == 0 && Range is null && Topic.Count == 0 && Cues.All(c => c == Cue.Filler);
}
