using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>Resolves the "[event]" argument shared by /agenda, /slides, /live and /ics.</summary>
internal static class EventChoice
{
    /// <summary>Buttons a choice offers; more events than this are a list to page through instead.</summary>
    public const int MostChoices = 8;

    /// <summary>The single event the text names, or the reply to send instead (not found, or buttons to choose).</summary>
    public static (Event? Event, BotReply? Reply) Resolve(CommandContext context, string text, Func<string, string> callbackFor)
    {
        var matches = context.Catalog.ResolveEvents(Shorten.To(text, 200));
        return matches.Count switch
        {
            0 => (null, new BotReply(Html.Escape(context.Strings.EventNotFound(Shorten.To(text, 60))))),
            1 => (matches[0], null),
            _ => (null, Choose(context.View, matches, Html.Escape(context.Strings.SeveralEvents(Shorten.To(text, 60))), callbackFor)),
        };
    }

    public static BotReply Choose(ReplyContext view, IEnumerable<Event> events, string headingHtml, Func<string, string> callbackFor)
    {
        var buttons = events.Take(MostChoices)
            .Select(e => (IReadOnlyList<ReplyButton>)[new ReplyButton(
                Shorten.To($"{When.DateOf(e, view)} {e.SeriesLabel ?? e.Title}", 48), callbackFor(view.Catalog.KeyOf(e)))])
            .ToList();
        return new BotReply(headingHtml) { Buttons = buttons };
    }
}
