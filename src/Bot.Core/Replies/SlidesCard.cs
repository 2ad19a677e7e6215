using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The decks of one event, or a plain statement that it published none.</summary>
public static class SlidesCard
{
    public static BotReply Render(Event e, ReplyContext view)
    {
        var s = view.Strings;
        var slides = SlideFinder.ForEvent(e);
        var html = new HtmlBuilder().Bold(s.SlidesHeading + e.Title).Line().Text(When.DateOf(e, view)).Line();
        if (slides.Count == 0)
        {
            html.Paragraph().Text(When.IsPast(e, view.Now) ? s.NoSlidesPublished : s.NoSlidesYet);
        }

        foreach (var link in slides)
        {
            html.Text("• ").Link(string.IsNullOrWhiteSpace(link.Text) ? s.SlidesLink : link.Text, link.Url).Line();
        }

        return new BotReply(html.ToString())
        {
            Buttons = [[new ReplyButton(s.EventButton, CallbackData.Event(view.Catalog.KeyOf(e)))]],
        };
    }
}
