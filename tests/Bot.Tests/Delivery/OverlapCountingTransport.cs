using System.Collections.Concurrent;
using Bot.Reminders;
using Bot.Telegram.Sending;

namespace Bot.Tests.Delivery;

/// <summary>A transport whose calls take a little while, counting how many overlap at most.</summary>
internal sealed class OverlapCountingTransport : IMessageTransport
{
    private int _current;
    private int _most;

    public int MostAtOnce => Volatile.Read(ref _most);
    public ConcurrentBag<long> Delivered { get; } = [];

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _current);
        InterlockedMax(now);
        try
        {
            await Task.Delay(10, cancellationToken);
            Delivered.Add(message.ChatId);
            return SendResult.Sent(message.ChatId);
        }
        finally
        {
            Interlocked.Decrement(ref _current);
        }
    }

    private void InterlockedMax(int value)
    {
        var seen = Volatile.Read(ref _most);
        while (value > seen && Interlocked.CompareExchange(ref _most, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
