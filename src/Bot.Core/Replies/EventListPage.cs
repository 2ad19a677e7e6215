using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;
using Bot.Core.Text;

namespace Bot.Core.Replies;

/// <summary>One page of all events, newest first, a button per event and ◀ ▶ to turn pages.</summary>
public static class EventListPage
{
    public const int PageSize = 8;

    public static int PageCount(ReplyContext view) => Math.Max(1, (view.Catalog.Events.Count + PageSize - 1) / PageSize);

    /// <param name="page">1-based; clamped to the pages that exist.</param>
    /// <summary>The title, prefixed with the series label unless the title already names it.</summary>
    public static string Label(Event e) =>
        e.SeriesLabel is { } label && !TextNormalizer.Key(e.Title).Contains(TextNormalizer.Key(label), StringComparison.Ordinal) ? $"{label} {e.Title}" : e.Title;

    public static BotReply Render(int page, ReplyContext view)
    {
        var s = view.Strings;
        var pages = PageCount(view);
        page = Math.Clamp(page, 1, pages);
        var events = view.Catalog.Events.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var html = new HtmlBuilder().Bold(s.EventsHeading(view.Catalog.Events.Count, page, pages)).Line();
        if (events.Count == 0)
        {
            return new BotReply(html.Text(s.NoEvents).ToString());
        }

        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var e in events)
        {
            html.Code(When.DateOf(e, view)).Text(" ").Text(e.Title);
            if (When.IsLive(e, view.Now) || !When.IsPast(e, view.Now) && e.Start is not null)
            {
                html.Text(" · ").Bold(When.IsLive(e, view.Now) ? s.LiveNowLabel : s.UpcomingLabel);
            }

            html.Line();
            buttons.Add([new ReplyButton(Shorten.To(Label(e), 48), CallbackData.Event(view.Catalog.KeyOf(e)))]);
        }

        var nav = new List<ReplyButton>();
        if (page > 1)
        {
            nav.Add(new ReplyButton("◀ " + (page - 1), CallbackData.EventsPage(page - 1)));
        }

        if (page < pages)
        {
            nav.Add(new ReplyButton((page + 1) + " ▶", CallbackData.EventsPage(page + 1)));
        }

        if (nav.Count > 0)
        {
            buttons.Add(nav);
        }

        return new BotReply(html.ToString()) { Buttons = buttons };
    }
}
