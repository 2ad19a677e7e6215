using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The agenda in page order: time slot, title, speakers with affiliations, slides and replay links.</summary>
public static class AgendaCard
{
    public static BotReply Render(Event e, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder();
        html.Bold(s.AgendaHeading + e.Title).Line().Text(s.TimeLabel + When.Of(e, view)).Line();
        if (HtmlBuilder.IsWebUrl(e.LiveUrl) && !When.IsPast(e, view.Now))
        {
            html.Text(s.LiveRoomLabel).Link(e.LiveUrl, e.LiveUrl).Line();
        }

        if (e.Talks.Count == 0)
        {
            html.Paragraph().Text(s.NoAgenda);
            if (HtmlBuilder.IsWebUrl(e.AgendaImageUrl))
            {
                html.Text(" ").Link(s.AgendaImageLink, e.AgendaImageUrl);
            }
        }

        foreach (var talk in e.Talks)
        {
            html.Paragraph();
            if (talk.Slot is { } slot)
            {
                // The header gives the offset when it gives a time; otherwise each talk line does.
                html.Code(When.SlotOf(slot, e, view, withOffset: !e.HasClockTime || e.Start is null)).Text(" ");
            }

            html.Bold(talk.Title).Line();
            if (talk.Speakers.Count > 0)
            {
                html.Text(s.SpeakerLabel).Speakers(talk.Speakers).Line();
            }

            LinkLine(html, view, talk, e);
        }

        return new BotReply(html.ToString())
        {
            Buttons = [[new ReplyButton(view.Strings.EventButton, CallbackData.Event(view.Catalog.KeyOf(e)))]],
        };
    }

    private static void LinkLine(HtmlBuilder html, ReplyContext view, Talk talk, Event e)
    {
        var slides = SlideFinder.ForTalk(talk, e);
        if (slides is not null)
        {
            html.Link(view.Strings.SlidesLink, slides).Text(" ");
        }

        if (HtmlBuilder.IsWebUrl(talk.ReplayUrl))
        {
            html.Link(view.Strings.ReplayLink, talk.ReplayUrl);
        }

        html.Line();
    }
}
