using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>A button naming an event (from /events, /search, a choice list) opens its card in place.</summary>
public sealed class EventCardCallback : ICallbackHandler
{
    public string Prefix => CallbackData.EventPrefix;

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindEvent(payload) is { } e ? EventCard.Render(e, context.View) : null);
}
