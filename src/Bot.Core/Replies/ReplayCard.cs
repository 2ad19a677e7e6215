using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The recordings of one event: the event's replay and each talk's own, or a plain statement that there are none.</summary>
public static class ReplayCard
{
    public static BotReply Render(Event e, ReplyContext view, string? heading = null)
    {
        var s = view.Strings;
        var html = new HtmlBuilder();
        if (heading is not null)
        {
            html.Text(heading).Paragraph();
        }

        html.Bold(s.ReplayHeading + e.Title).Line().Text(When.Of(e, view)).Line();
        var links = Links(e);
        if (links.Count == 0)
        {
            html.Paragraph().Text(When.IsPast(e, view.Now) ? s.NoReplay : s.NoReplayYet);
        }

        foreach (var (title, url) in links)
        {
            html.Text("• ").Link(title ?? s.ReplayLink, url).Line();
        }

        return new BotReply(html.ToString())
        {
            Buttons = [[new ReplyButton(s.EventButton, CallbackData.Event(view.Catalog.KeyOf(e)))]],
        };
    }

    /// <summary>The newest past event that published a recording, for when nothing is live or upcoming.</summary>
    public static Event? Newest(ReplyContext view) =>
        view.Catalog.Events.FirstOrDefault(e => When.IsPast(e, view.Now) && Links(e).Count > 0);

    public static bool HasAny(Event e) => Links(e).Count > 0;

    // The event's own replay (untitled), then each talk's that differs from it.
    private static List<(string? Title, string Url)> Links(Event e)
    {
        var links = new List<(string?, string)>();
        if (HtmlBuilder.IsWebUrl(e.ReplayUrl))
        {
            links.Add((null, e.ReplayUrl!));
        }

        links.AddRange(e.Talks.Where(t => HtmlBuilder.IsWebUrl(t.ReplayUrl) && t.ReplayUrl != e.ReplayUrl).Select(t => ((string?)t.Title, t.ReplayUrl!)));
        return links;
    }
}
