using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>The one door every outgoing message passes: grants turns within the overall, per-chat and per-group
/// limits, replies before broadcasts, and honours 429 pauses for just the chat concerned (or everyone on a global
/// flood). One gate per bot token.</summary>
public sealed partial class FloodGate : IAsyncDisposable
{
    private readonly FloodLimitOptions _options;
    private readonly FloodLimiters _limiters;
    private readonly TimeProvider _time;
    private readonly ILogger<FloodGate> _logger;
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter>[] _lanes = [new(), new(), new()];
    private readonly Dictionary<long, long> _pausedUntil = [];
    private readonly Queue<(long ChatId, long At)> _recent429 = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _allPausedUntil;

    public FloodGate(IOptions<FloodLimitOptions> options, TimeProvider time, ILogger<FloodGate> logger)
    {
        _options = options.Value;
        _limiters = new FloodLimiters(_options);
        _time = time;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when this chat may send one message now.</summary>
    public Task WaitTurnAsync(long chatId, bool isGroup, DeliveryPriority priority, CancellationToken cancellationToken = default)
    {
        var waiter = new Waiter(chatId, isGroup);
        LinkedListNode<Waiter> node;
        lock (_lock)
        {
            node = _lanes[(int)priority].AddLast(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() =>
            {
                lock (_lock)
                {
                    if (node.List is not null)
                    {
                        node.List.Remove(node);
                    }
                }

                waiter.Turn.TrySetCanceled(cancellationToken);
            });
        }

        return waiter.Turn.Task;
    }

    /// <summary>Telegram answered 429 for this chat: only this chat waits, unless several chats hit it at once.</summary>
    public void ReportTooManyRequests(long chatId, TimeSpan retryAfter)
    {
        var now = _time.GetTimestamp();
        var until = now + (long)(retryAfter.TotalSeconds * _time.TimestampFrequency);
        lock (_lock)
        {
            _pausedUntil[chatId] = Math.Max(_pausedUntil.GetValueOrDefault(chatId), until);
            _recent429.Enqueue((chatId, now));
            while (_recent429.Count > 0 && _time.GetElapsedTime(_recent429.Peek().At, now) > TimeSpan.FromSeconds(1))
            {
                _recent429.Dequeue();
            }

            if (_recent429.Select(r => r.ChatId).Distinct().Count() >= _options.GlobalFloodChats)
            {
                _allPausedUntil = Math.Max(_allPausedUntil, until);
                LogGlobalFlood(retryAfter.TotalSeconds);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        lock (_lock)
        {
            foreach (var waiter in _lanes.SelectMany(l => l))
            {
                waiter.Turn.TrySetCanceled();
            }
        }

        await _limiters.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>Ticks at least <see cref="FloodLimiters.Tick"/> apart, replenishing the overall window and granting at most
    /// <see cref="FloodLimiters.PerTick"/> turns, highest priority first. A late tick delays the following ones rather
    /// than being caught up: the window may stretch (a little throughput lost) but never shrink (a limit broken).</summary>
    private async Task RunAsync()
    {
        var ct = _stop.Token;
        var clock = TimeProvider.System;
        var last = clock.GetTimestamp();
        while (!ct.IsCancellationRequested)
        {
            var wait = _limiters.Tick - clock.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            last = clock.GetTimestamp();
            _limiters.Overall.TryReplenish();
            GrantTurns();
        }
    }

    private void GrantTurns()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (_allPausedUntil > now)
            {
                return;
            }

            for (var granted = 0; granted < _limiters.PerTick; granted++)
            {
                var next = NextReady(now);
                if (next is null)
                {
                    return;
                }

                using var overall = _limiters.Overall.AttemptAcquire();
                if (!overall.IsAcquired)
                {
                    return;
                }

                if (!_limiters.TryTakeChat(next.Value.ChatId, next.Value.IsGroup))
                {
                    continue;
                }

                next.List!.Remove(next);
                next.Value.Registration.Dispose();
                next.Value.Turn.TrySetResult();
            }
        }
    }

    private LinkedListNode<Waiter>? NextReady(long now)
    {
        foreach (var lane in _lanes)
        {
            for (var node = lane.First; node is not null; node = node.Next)
            {
                if (IsFree(node.Value, now) && _limiters.LooksReady(node.Value.ChatId, node.Value.IsGroup))
                {
                    return node;
                }
            }
        }

        return null;
    }

    private bool IsFree(Waiter waiter, long now) =>
        !_pausedUntil.TryGetValue(waiter.ChatId, out var until) || until <= now;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Several chats hit Telegram's flood limit at once: all sending paused for {Seconds} s")]
    private partial void LogGlobalFlood(double seconds);

    private sealed class Waiter(long chatId, bool isGroup)
    {
        public long ChatId { get; } = chatId;
        public bool IsGroup { get; } = isGroup;
        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationTokenRegistration Registration { get; set; }
    }
}
