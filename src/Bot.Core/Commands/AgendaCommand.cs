using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/agenda [event]: the agenda of the next event (else the latest), or of the one named by id,
/// series and number, or title words.</summary>
public sealed class AgendaCommand : IBotCommand, ICallbackHandler
{
    public string Name => "agenda";

    public string Prefix => CallbackData.AgendaPrefix;

    public string Describe(string? languageCode) => Strings.For(languageCode).AgendaDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var view = context.View;
        if (context.Arguments.Length == 0)
        {
            var e = view.Catalog.Next(view.Now) ?? view.Catalog.LatestPast(view.Now) ?? view.Catalog.Events.FirstOrDefault();
            return e is null ? Reply.Text(context.Strings.NoEvents) : Reply.One(AgendaCard.Render(e, view));
        }

        var (found, reply) = EventChoice.Resolve(context, context.Arguments, CallbackData.Agenda);
        return Reply.One(found is null ? reply! : AgendaCard.Render(found, view));
    }

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindEvent(payload) is { } e ? AgendaCard.Render(e, context.View) : null);
}
