using System.Collections.Concurrent;
using Bot.Reminders;
using Bot.Storage;
using Bot.Telegram.Sending;

namespace Bot.Tests.Delivery;

/// <summary>Hand-written fake of the Telegram edge: answers from a per-chat script, then "sent"; records every call.
/// Like every transport it waits its turn at the gate, if given one, and reports a 429 to it, and a gone or migrated
/// chat to the chat lifecycle, if given one.</summary>
internal sealed class ScriptedTransport(FloodGate? gate = null, ChatLifecycle? lifecycle = null) : IMessageTransport
{
    private readonly ConcurrentDictionary<long, ConcurrentQueue<SendResult>> _scripts = new();

    public ConcurrentQueue<(long ChatId, string Html, long At)> Calls { get; } = new();

    public ConcurrentBag<(long ChatId, string Html)> Delivered { get; } = [];

    public void Script(long chatId, params SendResult[] answers) => _scripts[chatId] = new ConcurrentQueue<SendResult>(answers);

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (gate is not null)
        {
            await gate.WaitTurnAsync(message.ChatId, message.ChatId < 0, SendPriority.Broadcast, cancellationToken);
        }

        Calls.Enqueue((message.ChatId, message.Html, TimeProvider.System.GetTimestamp()));
        gate?.Completed();
        if (_scripts.TryGetValue(message.ChatId, out var script) && script.TryDequeue(out var answer))
        {
            switch (answer)
            {
                case { Status: SendStatus.RateLimited, RetryAfter: { } retryAfter }:
                    gate?.ReportTooManyRequests(message.ChatId, retryAfter);
                    break;
                case { Status: SendStatus.ChatGone } when lifecycle is not null:
                    await lifecycle.BotRemovedAsync(message.ChatId, ChatGoneReason.Forbidden, cancellationToken);
                    break;
                case { IsSent: true } when answer.ChatId != message.ChatId && lifecycle is not null:
                    await lifecycle.ChatMigratedAsync(message.ChatId, answer.ChatId, cancellationToken);
                    break;
            }

            return answer;
        }

        Delivered.Add((message.ChatId, message.Html));
        return SendResult.Sent(message.ChatId);
    }
}
