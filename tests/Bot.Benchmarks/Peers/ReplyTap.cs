using System.Collections.Concurrent;
using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>Watches every successful sendMessage as the server records it: replies (matched to the asking message
/// by <c>reply_parameters</c>) and deliveries per chat, with <see cref="Stopwatch"/> timestamps.</summary>
public sealed class ReplyTap : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(long Chat, int Message), TaskCompletionSource<long>> _replies = new();
    private readonly ConcurrentDictionary<(long Chat, int Message, int TextHash), int> _replyTexts = new();
    private readonly ConcurrentDictionary<long, int> _deliveries = new();
    private readonly ConcurrentDictionary<long, long> _firstDelivery = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private int _repeatedReplies;

    public ReplyTap(FakeTelegramServer server)
    {
        // The server offers each recorded request to a waiting predicate; this one never completes and only observes.
        _watching = server.WaitForRequestsAsync(Observe, int.MaxValue, Timeout.InfiniteTimeSpan, _stop.Token);
    }

    /// <summary>The same reply text sent twice for one asking message.</summary>
    public int RepeatedReplies => Volatile.Read(ref _repeatedReplies);

    /// <summary>Stopwatch timestamp of the first successful send to the chat, if any.</summary>
    public long? FirstDeliveryTo(long chatId) => _firstDelivery.TryGetValue(chatId, out var at) ? at : null;

    /// <summary>Completes with the Stopwatch timestamp of the first reply to that message.</summary>
    public Task<long> ReplyTo(long chatId, int messageId) => Slot(chatId, messageId).Task;

    public int DeliveriesTo(long chatId) => _deliveries.GetValueOrDefault(chatId);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
            // stopped watching
        }

        _stop.Dispose();
    }

    private bool Observe(RecordedRequest request)
    {
        if (!request.Succeeded || request.Method != "sendMessage" || request.ChatId is not { } chat) return false;
        var now = Stopwatch.GetTimestamp();
        if (_deliveries.AddOrUpdate(chat, 1, (_, n) => n + 1) == 1) _firstDelivery.TryAdd(chat, now);
        if (request.ReplyToMessageId is { } asked)
        {
            Slot(chat, asked).TrySetResult(now);
            if (_replyTexts.AddOrUpdate((chat, asked, (request.Text ?? "").GetHashCode(StringComparison.Ordinal)), 1, (_, n) => n + 1) > 1) Interlocked.Increment(ref _repeatedReplies);
        }

        return false;
    }

    private TaskCompletionSource<long> Slot(long chatId, int messageId) =>
        _replies.GetOrAdd((chatId, messageId), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
