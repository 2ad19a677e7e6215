using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Where to watch an event on air or ahead: its time (marked when live now) and live room, or a plain
/// statement that the page gives none yet; the venue too when it is held in person.</summary>
public static class LiveCard
{
    public static BotReply Render(Event e, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder().Bold(s.LiveHeading).Text(" · ").Text(e.Title).Line().Text(s.TimeLabel + When.Of(e, view));
        if (When.IsLive(e, view.Now))
        {
            html.Text(" · ").Bold(s.LiveNowLabel);
        }

        html.Line().Place(e, view, liveRoom: false);

        if (!HtmlBuilder.IsWebUrl(e.LiveUrl))
        {
            return new BotReply(html.Text(e.Form == EventForm.Offline ? s.NoLiveStream : s.NoLiveRoom).ToString())
            {
                Buttons = [[new ReplyButton(s.EventButton, CallbackData.Event(view.Catalog.KeyOf(e)))]],
            };
        }

        html.Link(e.LiveUrl, e.LiveUrl);
        return new BotReply(html.ToString()) { Buttons = [[new ReplyButton(s.LiveButton, Url: e.LiveUrl)]] };
    }
}
