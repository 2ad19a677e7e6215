using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>An event at a glance: when (chat zone, offset shown), form, venue or live room, talks.</summary>
public static class EventCard
{
    public static BotReply Render(Event e, ReplyContext view, string? heading = null)
    {
        var s = view.Strings;
        var key = view.Catalog.KeyOf(e);
        var html = new HtmlBuilder();
        if (heading is not null)
        {
            html.Italic(heading).Line();
        }

        html.Bold(e.Title).Line();
        // The series label only when the title does not already start with it (SOFAChannel#41：…).
        var series = e.SeriesLabel is { } label && !e.Title.StartsWith(label, StringComparison.OrdinalIgnoreCase) ? label : null;
        html.Text(string.Join(" · ", new[] { series, s.Form(e.Form) }.Where(x => !string.IsNullOrEmpty(x)))).Line();
        html.Text(s.TimeLabel + When.Of(e, view));
        if (When.IsPast(e, view.Now))
        {
            html.Text(" · ").Italic(s.PastLabel);
        }
        else if (When.IsLive(e, view.Now))
        {
            html.Text(" · ").Bold(s.LiveNowLabel);
        }

        html.Line().Place(e, view, liveRoom: true);

        if (e.Talks.Count > 0)
        {
            html.Paragraph().Bold(s.TalksHeading).Line();
            for (var i = 0; i < e.Talks.Count; i++)
            {
                html.Text($"{i + 1}. ").Text(e.Talks[i].Title);
                if (e.Talks[i].Speakers.Count > 0)
                {
                    html.Text(" — ").Speakers(e.Talks[i].Speakers);
                }

                html.Line();
            }
        }

        html.Paragraph().Text(s.MoreAboutEvent).Code($"/agenda {key}").Text(" · ").Code($"/ics {key}");
        return new BotReply(html.ToString()) { Buttons = Buttons(e, key, view) };
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(Event e, string key, ReplyContext view)
    {
        var row = new List<ReplyButton>
        {
            new(view.Strings.AgendaButton, CallbackData.Agenda(key)),
            new(view.Strings.SlidesButton, CallbackData.Slides(key)),
        };
        var link = When.IsPast(e, view.Now) ? e.ReplayUrl : e.LiveUrl;
        if (HtmlBuilder.IsWebUrl(link))
        {
            row.Add(new ReplyButton(When.IsPast(e, view.Now) ? view.Strings.ReplayButton : view.Strings.LiveButton, Url: link));
        }

        return [row];
    }
}
