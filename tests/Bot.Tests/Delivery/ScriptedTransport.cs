using System.Collections.Concurrent;
using Bot.Delivery;

namespace Bot.Tests.Delivery;

/// <summary>Hand-written fake of the Telegram edge: answers from a per-chat script, then "sent"; records every call.</summary>
internal sealed class ScriptedTransport : IMessageTransport
{
    private readonly ConcurrentDictionary<long, ConcurrentQueue<SendResult>> _scripts = new();

    public ConcurrentQueue<(long ChatId, string Html, long At)> Calls { get; } = new();

    public ConcurrentBag<(long ChatId, string Html)> Delivered { get; } = [];

    public void Script(long chatId, params SendResult[] answers) => _scripts[chatId] = new ConcurrentQueue<SendResult>(answers);

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        Calls.Enqueue((message.ChatId, message.Html, TimeProvider.System.GetTimestamp()));
        if (_scripts.TryGetValue(message.ChatId, out var script) && script.TryDequeue(out var answer))
        {
            return Task.FromResult(answer);
        }

        Delivered.Add((message.ChatId, message.Html));
        return Task.FromResult<SendResult>(new SendResult.Sent());
    }
}
