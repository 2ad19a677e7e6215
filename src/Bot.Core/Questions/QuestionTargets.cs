using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>What a question points at in the catalog: events, talks, speakers, each narrowed by the days and the
/// kind of event it names.</summary>
internal sealed class QuestionTargets(Question question, ReplyContext view)
{
    private IReadOnlyList<Event>? _topicEvents;
    private IReadOnlyList<TalkRef>? _topicTalks;

    public Question Question => question;

    /// <summary>Every speaker the question names.</summary>
    public IReadOnlyList<SpeakerProfile> People => question.People.SelectMany(p => p).Distinct().ToList();

    /// <summary>Events whose titles hold the topic, in the days and kind asked for.</summary>
    public IReadOnlyList<Event> TopicEvents => _topicEvents ??= Matching(SearchHitKind.Event).Select(h => h.Event!).Where(Fits).ToList();

    /// <summary>Talks the topic names (title, speakers, abstract), in the days and kind asked for.</summary>
    public IReadOnlyList<TalkRef> TopicTalks => _topicTalks ??= Matching(SearchHitKind.Talk).Select(h => h.Talk!).Where(t => Fits(t.Event)).ToList();

    /// <summary>The topic as searched: all its pieces, else the first piece or word that finds anything (project
    /// names first, then the longest).</summary>
    public string? TopicQuery(SearchHitKind? kind = null)
    {
        if (question.Topic.Count == 0)
        {
            return null;
        }

        Func<SearchHit, bool>? filter = kind is { } k ? h => h.Kind == k : null;
        if (view.Catalog.Search(question.TopicText, 1, filter).Count > 0)
        {
            return question.TopicText;
        }

        return question.Topic.Concat(question.Topic.SelectMany(p => p.Split(' ')).Where(w => w.Length > 1)).Distinct()
            .OrderByDescending(p => p.Any(char.IsAsciiLetter))
            .ThenByDescending(p => p.Length)
            .FirstOrDefault(p => view.Catalog.Search(p, 1, filter).Count > 0);
    }

    /// <summary>The events an event question is about: named by series, by the topic, by the days, else the next one
    /// of the kind asked (the latest past one for "last", or when none is ahead).</summary>
    public IReadOnlyList<Event> Events()
    {
        if (question.Events.Count > 0)
        {
            var ofKind = question.Events.Where(e => question.Kind.Matches(e)).ToList();
            return ofKind.Count > 0 ? ofKind : question.Events;
        }

        if (question.Topic.Count > 0 && TopicEvents.Count > 0)
        {
            return TopicEvents;
        }

        if (question.Range is { } range)
        {
            return EventsOnDays.Find(range.From, range.To, question.Kind, view);
        }

        return question.Topic.Count > 0 ? [] : NextOrLast() is { } e ? [e] : [];
    }

    /// <summary>Set when the next event was asked for (or meant by default) but none is announced, so the latest past
    /// one stands in and the answer must say so.</summary>
    public bool FellBackToPast { get; private set; }

    public Event? NextOrLast()
    {
        switch (question.Moment)
        {
            case Moment.First:
                return view.Catalog.Events.LastOrDefault(e => e.Start is not null && question.Kind.Matches(e));
            case Moment.Last:
                return NextCard.LatestPast(view, question.Kind);
        }

        var next = NextCard.Next(view, question.Kind);
        FellBackToPast = next is null && question.Moment != Moment.Latest;
        return next ?? NextCard.LatestPast(view, question.Kind);
    }

    private IReadOnlyList<SearchHit> Matching(SearchHitKind kind) =>
        TopicQuery(kind) is { } query ? view.Catalog.SearchAll(query, h => h.Kind == kind) : [];

    private bool Fits(Event e) =>
        question.Kind.Matches(e) && (question.Range is not { } range || When.DayOf(e, view) is { } day && range.Contains(day));
}
