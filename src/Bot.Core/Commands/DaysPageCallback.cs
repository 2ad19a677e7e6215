using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>◀ ▶ on a list of events on some days ("this week"): another page, in place.</summary>
public sealed class DaysPageCallback : ICallbackHandler
{
    public string Prefix => CallbackData.DaysPagePrefix;

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken)
    {
        if (!CallbackData.TryParseDaysPage(payload, out var from, out var to, out var filter, out var page))
        {
            return ValueTask.FromResult<BotReply?>(null);
        }

        var events = EventsOnDays.Find(from, to, filter, context.View);
        return ValueTask.FromResult<BotReply?>(events.Count == 0 ? null : EventsOnDays.List(from, to, filter, events, page, context.View));
    }
}
