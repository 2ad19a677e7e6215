using System.Collections.Concurrent;
using Bot.Delivery;
using IChatLifecycle = Bot.Telegram.IChatLifecycle;
using ChatGoneReason = Bot.Telegram.ChatGoneReason;

namespace Bot.Tests.Delivery;

/// <summary>Hand-written fake of the Telegram edge: answers from a per-chat script, then "sent"; records every call.
/// Like every transport it waits its turn at the gate, if given one, and reports a 429 to it, and a gone or migrated
/// chat to the chat lifecycle, if given one.</summary>
internal sealed class ScriptedTransport(FloodGate? gate = null, IChatLifecycle? lifecycle = null) : IMessageTransport
{
    private readonly ConcurrentDictionary<long, ConcurrentQueue<SendResult>> _scripts = new();

    public ConcurrentQueue<(long ChatId, string Html, long At)> Calls { get; } = new();

    public ConcurrentBag<(long ChatId, string Html)> Delivered { get; } = [];

    public void Script(long chatId, params SendResult[] answers) => _scripts[chatId] = new ConcurrentQueue<SendResult>(answers);

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (gate is not null)
        {
            await gate.WaitTurnAsync(message.ChatId, message.ChatId < 0, DeliveryPriority.Broadcast, cancellationToken);
        }

        Calls.Enqueue((message.ChatId, message.Html, TimeProvider.System.GetTimestamp()));
        gate?.Completed();
        if (_scripts.TryGetValue(message.ChatId, out var script) && script.TryDequeue(out var answer))
        {
            switch (answer)
            {
                case SendResult.TooManyRequests tooMany:
                    gate?.ReportTooManyRequests(message.ChatId, tooMany.RetryAfter);
                    break;
                case SendResult.ChatGone when lifecycle is not null:
                    await lifecycle.BotRemovedAsync(message.ChatId, ChatGoneReason.Forbidden, cancellationToken);
                    break;
                case SendResult.Migrated migrated when lifecycle is not null:
                    await lifecycle.ChatMigratedAsync(message.ChatId, migrated.NewChatId, cancellationToken);
                    break;
            }

            return answer;
        }

        Delivered.Add((message.ChatId, message.Html));
        return new SendResult.Sent();
    }
}
