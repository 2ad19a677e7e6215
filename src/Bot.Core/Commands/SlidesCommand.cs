using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/slides [event | talk words | speaker]: the decks of an event (default: the latest that has any),
/// of the talks the words name, or of a speaker's talks; says plainly when none were published.</summary>
public sealed class SlidesCommand : IBotCommand, ICallbackHandler
{
    public string Name => "slides";

    public string Prefix => CallbackData.SlidesPrefix;

    public string Describe(string? languageCode) => Strings.For(languageCode).SlidesDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        var text = Shorten.To(context.Arguments, 200);
        if (text.Length == 0)
        {
            var latest = view.Catalog.Events.FirstOrDefault(e => e.Start <= view.Now && SlideFinder.ForEvent(e).Count > 0);
            return latest is null ? Reply.Text(context.Strings.NoSlidesAnywhere) : Reply.One(SlidesCard.Render(latest, view));
        }

        if (view.Catalog.FindEvent(text) is { } byId)
        {
            return Reply.One(SlidesCard.Render(byId, view));
        }

        var bySeries = view.Catalog.FindBySeries(text);
        if (bySeries.Count > 0)
        {
            return Reply.One(bySeries.Count == 1
                ? SlidesCard.Render(bySeries[0], view)
                : EventChoice.Choose(view, bySeries, Html.Escape(context.Strings.SeveralEvents(text)), CallbackData.Slides));
        }

        var speaker = view.Catalog.FindSpeakersByName(text).FirstOrDefault();
        var talks = speaker?.Talks
            ?? view.Catalog.Search(text, 5, h => h.Kind == SearchHitKind.Talk).Select(h => h.Talk!).ToList();
        if (talks.Count > 0)
        {
            return Reply.One(TalkSlides(context, speaker?.Name ?? text, talks));
        }

        var events = view.Catalog.ResolveEvents(text, 1);
        return events.Count > 0 ? Reply.One(SlidesCard.Render(events[0], view)) : Reply.Text(context.Strings.SlidesNotFound(Shorten.To(text, 60)));
    }

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindEvent(payload) is { } e ? SlidesCard.Render(e, context.View) : null);

    private static BotReply TalkSlides(CommandContext context, string subject, IReadOnlyList<TalkRef> talks)
    {
        var s = context.Strings;
        var html = new HtmlBuilder().Bold(s.TalkSlidesHeading(Shorten.To(subject, 60))).Line();
        foreach (var talk in talks)
        {
            html.Text("• ").Text(talk.Talk.Title).Text($" ({When.DateOf(talk.Event, context.View)}) ");
            if (SlideFinder.ForTalk(talk.Talk, talk.Event) is { } url)
            {
                html.Link(s.SlidesLink, url);
            }
            else
            {
                html.Italic(s.TalkHasNoSlides(Shorten.To(talk.Talk.Title, 40)));
            }

            html.Line();
        }

        return new BotReply(html.ToString())
        {
            Buttons = talks.Take(6).Select(t => (IReadOnlyList<ReplyButton>)[new ReplyButton(Shorten.To(t.Talk.Title, 40), CallbackData.Talk(t.Id))]).ToList(),
        };
    }
}
