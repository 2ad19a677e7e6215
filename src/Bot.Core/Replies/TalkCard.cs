using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>One talk: title, speakers, the event and its time, the abstract (shortened), slides and replay.</summary>
public static class TalkCard
{
    public static BotReply Render(TalkRef talk, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder().Bold(talk.Talk.Title).Line();
        if (talk.Talk.Speakers.Count > 0)
        {
            html.Text(s.SpeakerLabel).Speakers(talk.Talk.Speakers).Line();
        }

        html.Text(s.EventLabel + talk.Event.Title).Line().Text(s.TimeLabel + When.Of(talk.Event, view)).Line();
        if (!string.IsNullOrWhiteSpace(talk.Talk.Abstract))
        {
            html.Quote(Shorten.To(talk.Talk.Abstract, 400));
        }

        var slides = SlideFinder.ForTalk(talk.Talk, talk.Event);
        var replay = talk.Talk.ReplayUrl ?? talk.Event.ReplayUrl;
        if (slides is not null || HtmlBuilder.IsWebUrl(replay))
        {
            html.Paragraph();
            if (slides is not null)
            {
                html.Link(s.SlidesLink, slides).Text(" ");
            }

            if (HtmlBuilder.IsWebUrl(replay))
            {
                html.Link(s.ReplayLink, replay);
            }
        }

        var buttons = new List<IReadOnlyList<ReplyButton>> { new[] { new ReplyButton(s.EventButton, CallbackData.Event(talk.EventKey)) } };
        var speakerButtons = talk.Talk.Speakers
            .SelectMany(sp => view.Catalog.FindSpeakersByName(sp.Name).Take(1))
            .Select(p => new ReplyButton(Shorten.To(p.Name, 30), CallbackData.Speaker(p.Id)))
            .Take(3)
            .ToList();
        if (speakerButtons.Count > 0)
        {
            buttons.Add(speakerButtons);
        }

        return new BotReply(html.ToString()) { Buttons = buttons };
    }
}
