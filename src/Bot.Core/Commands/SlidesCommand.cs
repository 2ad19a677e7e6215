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
            return Reply.One(TalkMediaCard.Slides(speaker?.Name ?? text, talks, view));
        }

        var events = view.Catalog.ResolveEvents(text, 1);
        return events.Count > 0 ? Reply.One(SlidesCard.Render(events[0], view)) : Reply.Text(context.Strings.SlidesNotFound(Shorten.To(text, 60)));
    }

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindEvent(payload) is { } e ? SlidesCard.Render(e, context.View) : null);
}
