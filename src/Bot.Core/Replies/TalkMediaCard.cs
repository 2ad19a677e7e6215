using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>The slides or replays of some talks (a speaker's, or those a topic names): each talk with its date and
/// link, or a plain statement that it has none; a button per talk.</summary>
public static class TalkMediaCard
{
    private const int MostButtons = 6;

    public static BotReply Slides(string subject, IReadOnlyList<TalkRef> talks, ReplyContext view) =>
        Render(view.Strings.TalkSlidesHeading(Shorten.To(subject, 60)), talks, view, t => SlideFinder.ForTalk(t.Talk, t.Event),
            view.Strings.SlidesLink, view.Strings.TalkHasNoSlides);

    public static BotReply Replays(string subject, IReadOnlyList<TalkRef> talks, ReplyContext view) =>
        Render(view.Strings.TalkReplaysHeading(Shorten.To(subject, 60)), talks, view, ReplayOf,
            view.Strings.ReplayLink, view.Strings.TalkHasNoReplay);

    /// <summary>A talk's own recording, else its event's.</summary>
    public static string? ReplayOf(TalkRef talk) =>
        HtmlBuilder.IsWebUrl(talk.Talk.ReplayUrl) ? talk.Talk.ReplayUrl
        : HtmlBuilder.IsWebUrl(talk.Event.ReplayUrl) ? talk.Event.ReplayUrl
        : null;

    private static BotReply Render(string heading, IReadOnlyList<TalkRef> talks, ReplyContext view, Func<TalkRef, string?> link, string label, Func<string, string> none)
    {
        var html = new HtmlBuilder().Bold(heading).Line();
        foreach (var talk in talks)
        {
            html.Text("• ").Text(talk.Talk.Title).Text($" ({When.DateOf(talk.Event, view)}) ");
            if (link(talk) is { } url)
            {
                html.Link(label, url);
            }
            else
            {
                html.Italic(none(Shorten.To(talk.Talk.Title, 40)));
            }

            html.Line();
        }

        return new BotReply(html.ToString())
        {
            Buttons = talks.Take(MostButtons).Select(t => (IReadOnlyList<ReplyButton>)[new ReplyButton(Shorten.To(t.Talk.Title, 40), CallbackData.Talk(t.Id))]).ToList(),
        };
    }
}
