using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/ics [event]: a calendar file for the next event or the one named.</summary>
public sealed class IcsCommand : IBotCommand
{
    public string Name => "ics";

    public string Describe(string? languageCode) => Strings.For(languageCode).IcsDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        var e = context.Arguments.Length == 0 ? view.Catalog.Next(view.Now) : null;
        if (context.Arguments.Length == 0 && e is null)
        {
            // A calendar entry for a past event helps nobody; say how to name one instead.
            return Reply.Text(context.Strings.NoUpcoming + "\n" + context.Strings.IcsUsage);
        }

        if (e is null)
        {
            var (found, reply) = EventChoice.Resolve(context, context.Arguments, CallbackData.Event);
            if (found is null)
            {
                return Reply.One(reply!);
            }

            e = found;
        }

        return Reply.One(Calendar(e, view));
    }

    /// <summary>The calendar file of an event with its caption, or why there is none.</summary>
    public static BotReply Calendar(Events.Event e, ReplyContext view) =>
        IcsFile.For(e, view) is { } document
            ? new BotReply(Html.Escape(view.Strings.IcsCaption(Shorten.To(e.Title, 200)))) { Document = document }
            : new BotReply(Html.Escape(view.Strings.IcsNoTime(e.Title)));
}
