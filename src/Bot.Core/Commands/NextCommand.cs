using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/next: the next event; when none is announced, says so and shows the latest one, labelled as past.</summary>
public sealed class NextCommand : IBotCommand
{
    public string Name => "next";

    public string Describe(string? languageCode) => Strings.For(languageCode).NextDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        if (view.Catalog.Next(view.Now) is { } next)
        {
            return Reply.One(EventCard.Render(next, view, context.Strings.NextHeading));
        }

        return view.Catalog.LatestPast(view.Now) is { } past
            ? Reply.One(EventCard.Render(past, view, context.Strings.NoUpcoming + context.Strings.SentenceGap + context.Strings.LatestPastHeading))
            : Reply.Text(context.Strings.NoUpcoming);
    }
}
