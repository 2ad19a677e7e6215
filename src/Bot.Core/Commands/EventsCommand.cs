using System.Globalization;
using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/events [page]: all events newest first, 8 per page; ◀ ▶ buttons turn pages by editing the message.</summary>
public sealed class EventsCommand : IBotCommand, ICallbackHandler
{
    public string Name => "events";

    public string Prefix => CallbackData.EventsPagePrefix;

    public string Describe(string? languageCode) => Strings.For(languageCode).EventsDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Length == 0)
        {
            return Reply.One(EventListPage.Render(1, context.View));
        }

        return int.TryParse(context.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? Reply.One(EventListPage.Render(page, context.View))
            : Reply.Text(context.Strings.EventsUsage);
    }

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? EventListPage.Render(page, context.View)
            : null);
}
