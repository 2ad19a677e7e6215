using Bot.Telegram;

namespace Bot.Delivery;

/// <summary>The Telegram edge's gate port over <see cref="FloodGate"/>: every call TelegramSender makes to a chat waits
/// for its turn; calls without a chat (inline answers, callback answers) are not messages and go at once.</summary>
public sealed class FloodOutboundGate(FloodGate gate) : IOutboundGate
{
    public async ValueTask WaitAsync(OutboundCall call, CancellationToken cancellationToken)
    {
        if (call.ChatId is { } chatId)
        {
            await gate.WaitTurnAsync(chatId, chatId < 0, PriorityOf(call.Priority), cancellationToken);
        }
    }

    public void RetryAfter(OutboundCall call, TimeSpan retryAfter)
    {
        if (call.ChatId is { } chatId)
        {
            gate.ReportTooManyRequests(chatId, retryAfter);
        }
    }

    public static DeliveryPriority PriorityOf(OutboundPriority priority) => priority switch
    {
        OutboundPriority.Interactive => DeliveryPriority.Reply,
        OutboundPriority.Reminder => DeliveryPriority.Reminder,
        _ => DeliveryPriority.Broadcast,
    };
}
