using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/live: the live room of the event on air now or next; the newest replay when everything is over.</summary>
public sealed class LiveCommand : IBotCommand
{
    public string Name => "live";

    public string Describe(string? languageCode) => Strings.For(languageCode).LiveDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        var s = context.Strings;
        if (view.Catalog.Next(view.Now) is { } e)
        {
            return Reply.One(LiveCard.Render(e, view));
        }

        // Nothing on air or ahead: the newest recording there is, rather than the latest event's missing one.
        return ReplayCard.Newest(view) is { } replayed
            ? Reply.One(ReplayCard.Render(replayed, view, s.ReplaysHeading))
            : Reply.Text(s.NoUpcoming);
    }
}
