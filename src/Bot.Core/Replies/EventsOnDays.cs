using Bot.Core.Catalog;
using System.Globalization;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The events on some days of the chat's zone ("tomorrow", "this week", "2022-04-01"), earliest first, with
/// the true count, a button per event and ◀ ▶ when they fill more than a page.</summary>
public static class EventsOnDays
{
    public const int PageSize = 8;

    public static IReadOnlyList<Event> Find(DateOnly from, DateOnly to, SeriesFilter filter, ReplyContext view)
    {
        // A day of the chat's zone lies within a day either side of the same date in UTC, whatever the zone.
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var end = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2);
        return view.Catalog.StartingBetween(start, end)
            .Where(e => filter.Matches(e) && When.DayOf(e, view) is { } day && day >= from && day <= to)
            .ToList();
    }

    /// <summary>One event as its card under a line naming the days; several as a list; none said plainly, with the next one.</summary>
    public static BotReply Render(DateOnly from, DateOnly to, SeriesFilter filter, ReplyContext view)
    {
        var events = Find(from, to, filter, view);
        var days = When.DaysOf(from, to, view);
        return events.Count switch
        {
            0 => None(days, view),
            1 => EventCard.Render(events[0], view, view.Strings.EventsOnDays(days, 1)),
            _ => List(from, to, filter, events, 1, view),
        };
    }

    public static BotReply List(DateOnly from, DateOnly to, SeriesFilter filter, IReadOnlyList<Event> events, int page, ReplyContext view)
    {
        var s = view.Strings;
        var pages = Math.Max(1, (events.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var html = new HtmlBuilder().Bold(s.EventsOnDays(When.DaysOf(from, to, view), events.Count));
        if (pages > 1)
        {
            html.Text(" · " + s.PageOf(page, pages));
        }

        html.Line();
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var e in events.Skip((page - 1) * PageSize).Take(PageSize))
        {
            html.Code(When.DateOf(e, view)).Text(" ").Text(e.Title).Text(" · " + When.Of(e, view)).Line();
            buttons.Add([new ReplyButton(Shorten.To(EventListPage.Label(e), 48), CallbackData.Event(view.Catalog.KeyOf(e)))]);
        }

        var nav = new List<ReplyButton>();
        if (page > 1)
        {
            nav.Add(new ReplyButton("◀ " + (page - 1), CallbackData.DaysPage(from, to, filter, page - 1)));
        }

        if (page < pages)
        {
            nav.Add(new ReplyButton((page + 1) + " ▶", CallbackData.DaysPage(from, to, filter, page + 1)));
        }

        if (nav.Count > 0)
        {
            buttons.Add(nav);
        }

        return new BotReply(html.ToString()) { Buttons = buttons };
    }

    private static BotReply None(string days, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder().Text(s.NoEventsOnDays(days));
        if (view.Catalog.Next(view.Now) is not { } next)
        {
            return new BotReply(html.ToString());
        }

        html.Line().Text(s.NextEventIs(next.Title, When.Of(next, view)));
        return new BotReply(html.ToString()) { Buttons = [[new ReplyButton(Shorten.To(EventListPage.Label(next), 48), CallbackData.Event(view.Catalog.KeyOf(next)))]] };
    }

    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
