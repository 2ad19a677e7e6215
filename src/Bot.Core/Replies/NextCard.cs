using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The next event (of a series kind), or, when none is announced, that said and the latest one, labelled as past.</summary>
public static class NextCard
{
    public static BotReply Render(ReplyContext view, SeriesFilter filter = SeriesFilter.All)
    {
        var s = view.Strings;
        if (Next(view, filter) is { } next)
        {
            return EventCard.Render(next, view, s.NextHeading);
        }

        return LatestPast(view, filter) is { } past
            ? EventCard.Render(past, view, s.NoUpcoming + s.SentenceGap + s.LatestPastHeading)
            : new BotReply(Html.Escape(s.NoUpcoming));
    }

    public static Event? Next(ReplyContext view, SeriesFilter filter) => view.Catalog.Upcoming(view.Now).FirstOrDefault(e => filter.Matches(e));

    public static Event? LatestPast(ReplyContext view, SeriesFilter filter) =>
        view.Catalog.Events.FirstOrDefault(e => When.IsPast(e, view.Now) && filter.Matches(e));
}
