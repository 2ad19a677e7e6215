using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>One question's way to its answer: the first thing it asks for that the catalog can answer.</summary>
internal sealed class QuestionRoute(CommandContext context, QuestionTargets targets)
{
    private readonly ReplyContext _view = context.View;
    private readonly Question _q = targets.Question;

    public BotReply Answer()
    {
        var asksAboutTalks = _q.Has(Cue.Who) || _q.Has(Cue.Spoke) || _q.Has(Cue.WhoIs);
        return _q switch
        {
            _ when _q.Has(Cue.Calendar) => OneEvent(targets.Events(), e => IcsCommand.Calendar(e, _view), CallbackData.Event),
            _ when _q.Has(Cue.Slides) => Slides(),
            _ when _q.Has(Cue.Replay) => Replays(),
            _ when _q.People.Count > 0 && _q.Events.Count == 0 => Speakers(),
            _ when _q.Has(Cue.Watch) || _q.Has(Cue.Where) => Watch(),
            _ when _q.Has(Cue.Agenda) => OneEvent(targets.Events(), e => AgendaCard.Render(e, _view), CallbackData.Agenda),
            _ when _q.People.Count > 0 => Speakers(),
            _ when _q.Range is { } range && _q.Topic.Count == 0 && _q.Events.Count == 0 => EventsOnDays.Render(range.From, range.To, _q.Kind, _view),
            _ when asksAboutTalks && _q.Topic.Count > 0 && _q.Events.Count == 0 => TalksAbout(),
            _ when asksAboutTalks && (_q.Events.Count > 0 || _q.Moment != Moment.None || _q.Has(Cue.Event)) =>
                OneEvent(targets.Events(), e => AgendaCard.Render(e, _view), CallbackData.Agenda),
            _ when _q.Has(Cue.When) => When(),
            _ when _q.Events.Count > 0 || _q.Range is not null => OneEvent(targets.Events(), e => EventCard.Render(e, _view), CallbackData.Event),
            _ when _q.Moment != Moment.None => NextOrLast(),
            _ when _q.Has(Cue.EventList) && _q.Topic.Count == 0 => EventListPage.Render(1, _view),
            _ when _q.Topic.Count > 0 => Search(),
            _ when _q.Has(Cue.LiveStream) || _q.Has(Cue.Meetup) || _q.Has(Cue.Event) => NextCard.Render(_view, _q.Kind),
            _ when _q.Has(Cue.Help) || _q.Has(Cue.EventList) => HelpCommand.Render(context),
            _ => QuestionAnswerer.NotUnderstood(context),
        };
    }

    private BotReply Slides()
    {
        if (_q.Events.Count > 0 || _q.Topic.Count == 0 && _q.People.Count == 0)
        {
            return _q.Events.Count == 0 && _q.Range is null && _q.Moment is Moment.None or Moment.Latest
                ? LatestWithSlides()
                : OneEvent(targets.Events(), e => SlidesCard.Render(e, _view), CallbackData.Slides);
        }

        return Media(TalkMediaCard.Slides, e => SlidesCard.Render(e, _view), CallbackData.Slides)
            ?? new BotReply(Html.Escape(_view.Strings.SlidesNotFound(Shorten.To(_q.TopicText, 60))));
    }

    private BotReply Replays()
    {
        if (_q.Events.Count > 0 || _q.Topic.Count == 0 && _q.People.Count == 0)
        {
            if (_q.Events.Count == 0 && _q.Range is null && _q.Moment is Moment.None or Moment.Latest)
            {
                var newest = _q.Has(Cue.LiveStream) || _q.Has(Cue.Meetup)
                    ? _view.Catalog.Events.FirstOrDefault(e => Replies.When.IsPast(e, _view.Now) && _q.Kind.Matches(e) && ReplayCard.HasAny(e))
                    : ReplayCard.Newest(_view);
                return newest is null ? new BotReply(Html.Escape(_view.Strings.NoReplay)) : ReplayCard.Render(newest, _view);
            }

            return OneEvent(targets.Events(), e => ReplayCard.Render(e, _view), CallbackData.Event);
        }

        return Media(TalkMediaCard.Replays, e => ReplayCard.Render(e, _view), CallbackData.Event)
            ?? NothingFound();
    }

    // A speaker's talks, or the talks the topic names; an event whose title holds the topic when no talk does,
    // or when every talk that does is that event's.
    private BotReply? Media(Func<string, IReadOnlyList<TalkRef>, ReplyContext, BotReply> talksCard, Func<Event, BotReply> eventCard, Func<string, string> callback)
    {
        var people = targets.People;
        if (people.Count == 1)
        {
            return talksCard(people[0].Name, people[0].Talks.Where(t => Fits(t.Event)).ToList(), _view);
        }

        if (people.Count > 1)
        {
            return Speakers();
        }

        var talks = targets.TopicTalks;
        var events = targets.TopicEvents;
        if (events.Count == 1 && (talks.Count == 0 || !_q.Has(Cue.Spoke) && talks.All(t => t.Event == events[0])))
        {
            return eventCard(events[0]);
        }

        if (talks.Count > 0)
        {
            return talksCard(_q.TopicText, talks, _view);
        }

        return events.Count > 0 ? OneEvent(events, eventCard, callback) : null;
    }

    private BotReply Watch()
    {
        var events = targets.Events();
        if (events.Count == 0 && _q.Events.Count == 0 && _q.Topic.Count == 0)
        {
            return ReplayCard.Newest(_view) is { } replayed
                ? ReplayCard.Render(replayed, _view, _view.Strings.ReplaysHeading)
                : new BotReply(Html.Escape(_view.Strings.NoUpcoming));
        }

        // Ahead: the live room, or for an event held only in person its card (venue, registration); past: the
        // replay for "watch", the card for "where".
        return OneEvent(events, e => Replies.When.IsPast(e, _view.Now)
            ? _q.Has(Cue.Watch) ? ReplayCard.Render(e, _view) : EventCard.Render(e, _view)
            : e.Form == EventForm.Offline && !HtmlBuilder.IsWebUrl(e.LiveUrl) ? EventCard.Render(e, _view) : LiveCard.Render(e, _view), CallbackData.Event);
    }

    private BotReply Speakers()
    {
        var people = targets.People;
        return people.Count == 1
            ? SpeakerCard.Render(people[0], _view)
            : SpeakerChoice.Render(Html.Escape(_view.Strings.SeveralSpeakers(string.Join(" / ", _q.People.Select(p => p[0].Name)))), people);
    }

    // "Who spoke about X": the talks; the agenda when X is one event's title and its talks are all the talks about X.
    private BotReply TalksAbout()
    {
        var talks = targets.TopicTalks;
        var events = targets.TopicEvents;
        if (events.Count == 1 && talks.All(t => t.Event == events[0]))
        {
            return AgendaCard.Render(events[0], _view);
        }

        if (talks.Count > 0 && targets.TopicQuery(SearchHitKind.Talk) is { } query)
        {
            return Listed(query, SearchScope.Talks, Only(talks));
        }

        return events.Count > 0 ? OneEvent(events, e => AgendaCard.Render(e, _view), CallbackData.Agenda) : NothingFound();
    }

    private BotReply When()
    {
        if (_q.Events.Count > 0)
        {
            return OneEvent(targets.Events(), e => EventCard.Render(e, _view), CallbackData.Event);
        }

        if (_q.Topic.Count == 0)
        {
            return NextOrLast();
        }

        var talks = targets.TopicTalks;
        var events = targets.TopicEvents;
        if (events.Count > 0 && !(_q.Has(Cue.Spoke) && talks.Count > 0))
        {
            return OneEvent(events, e => EventCard.Render(e, _view), CallbackData.Event);
        }

        return talks.Count switch
        {
            0 => NothingFound(),
            1 => TalkCard.Render(talks[0], _view),
            _ => Listed(targets.TopicQuery(SearchHitKind.Talk)!, SearchScope.Talks, Only(talks)),
        };
    }

    private BotReply NextOrLast() => _q.Moment switch
    {
        Moment.First or Moment.Last when targets.NextOrLast() is { } e => EventCard.Render(e, _view, _q.Moment == Moment.Last ? _view.Strings.LatestPastHeading : null),
        Moment.Latest when NextCard.Next(_view, _q.Kind) is null && NextCard.LatestPast(_view, _q.Kind) is { } past => EventCard.Render(past, _view, _view.Strings.LatestPastHeading),
        _ => NextCard.Render(_view, _q.Kind),
    };

    // Words alone that find nothing were no question we understood; with a word of asking, the topic was not found.
    private BotReply Search()
    {
        var query = targets.TopicQuery();
        return query is not null && SearchResults.Render(query, SearchScope.All, 1, _view) is { } results ? results
            : _q.Cues.All(c => c == Cue.Filler) ? QuestionAnswerer.NotUnderstood(context)
            : NothingFound();
    }

    private BotReply LatestWithSlides() =>
        _view.Catalog.Events.FirstOrDefault(e => e.Start <= _view.Now && _q.Kind.Matches(e) && SlideFinder.ForEvent(e).Count > 0) is { } latest
            ? SlidesCard.Render(latest, _view)
            : new BotReply(Html.Escape(_view.Strings.NoSlidesAnywhere));

    // More events than a choice has buttons are listed in full, with pages: by days, or as the topic's events.
    private BotReply OneEvent(IReadOnlyList<Event> events, Func<Event, BotReply> render, Func<string, string> callback) => events.Count switch
    {
        0 when _q.Topic.Count > 0 => NothingFound(),
        0 when _q.Range is { } range => EventsOnDays.Render(range.From, range.To, _q.Kind, _view),
        0 => new BotReply(Html.Escape(_view.Strings.NoUpcoming)),
        1 => render(events[0]),
        > EventChoice.MostChoices when _q.Topic.Count == 0 && _q.Range is { } range => EventsOnDays.List(range.From, range.To, _q.Kind, events, 1, _view),
        > EventChoice.MostChoices when targets.TopicQuery(SearchHitKind.Event) is { } query => Listed(query, SearchScope.Events, Only(events)),
        _ => EventChoice.Choose(_view, events, Html.Escape(_view.Strings.SeveralEvents(Shorten.To(Subject(), 60))), callback),
    };

    private BotReply NothingFound() => new(Html.Escape(_view.Strings.NothingFound(Shorten.To(Subject(), 60))));

    private string Subject() => _q.Topic.Count > 0 ? _q.TopicText : context.Arguments;

    private bool Fits(Event e) => _q.Kind.Matches(e) && (_q.Range is not { } range || Replies.When.DayOf(e, _view) is { } day && range.Contains(day));

    // A list that fits one page is shown as found (narrowed by days or kind); a longer one is the search's own, so
    // that its ◀ ▶ pages, which search again, show the same list.
    private BotReply Listed(string query, SearchScope scope, IReadOnlyList<SearchHit> found) =>
        found.Count <= SearchResults.PageSize
            ? SearchResults.Render(query, scope, found, 1, _view)
            : SearchResults.Render(query, scope, 1, _view) ?? SearchResults.Render(query, scope, found, 1, _view);

    // Results narrowed by days or kind are listed as found; otherwise the list is the search's own, so its pages match.
    private static IReadOnlyList<SearchHit> Only(IReadOnlyList<TalkRef> talks) =>
        talks.Select(t => new SearchHit(SearchHitKind.Talk, MatchRank.Title, Talk: t)).ToList();

    private static IReadOnlyList<SearchHit> Only(IReadOnlyList<Event> events) =>
        events.Select(e => new SearchHit(SearchHitKind.Event, MatchRank.Title, Event: e)).ToList();
}
