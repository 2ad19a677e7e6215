using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Sending;

/// <summary>The one door every outgoing message passes: grants turns within the overall, per-chat and per-group
/// limits, replies before broadcasts, and honours 429 pauses for just the chat concerned (or everyone on a global
/// flood). One gate per bot token. Every granted turn must be followed by <see cref="Completed"/> once the call has its
/// answer (or failed): that starts the one second after which its overall permit returns.</summary>
public sealed partial class FloodGate : IAsyncDisposable
{
    private readonly FloodLimitOptions _options;
    private readonly FloodLimiters _limiters;
    private readonly TimeProvider _time;
    private readonly ILogger<FloodGate> _logger;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(5);
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter>[] _lanes = [new(), new(), new()];
    private readonly Dictionary<long, long> _pausedUntil = [];
    private readonly Queue<(long ChatId, long At)> _recent429 = new();
    private readonly Queue<RateLimitLease> _onTheWire = new();
    private readonly Queue<(RateLimitLease Lease, long ReturnAt)> _cooling = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private volatile bool _sleeping;
    private readonly Task _loop;
    private long _allPausedUntil;
    private long _heldUntil;

    public FloodGate(IOptions<FloodLimitOptions> options, TimeProvider time, ILogger<FloodGate> logger)
    {
        _options = options.Value;
        _limiters = new FloodLimiters(_options);
        _time = time;
        _logger = logger;
        _heldUntil = FromNow(_options.StartupHold);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when this chat may send one message now.</summary>
    public Task WaitTurnAsync(long chatId, bool isGroup, SendPriority priority, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var node = new LinkedListNode<Waiter>(new Waiter(chatId, isGroup));

        // Registered before the waiter joins a lane: once it is there the gate may grant it at once, and a registration
        // made after that would never be undone, keeping the waiter alive as long as the token (the host's, for replies).
        if (cancellationToken.CanBeCanceled)
        {
            node.Value.Registration = cancellationToken.Register(() => Cancel(node, cancellationToken));
        }

        lock (_lock)
        {
            // The token may have fired in between; a cancelled waiter never takes a permit.
            if (!node.Value.Turn.Task.IsCompleted)
            {
                _lanes[(int)priority].AddLast(node);
            }
        }

        GrantTurns();
        Wake();
        return node.Value.Turn.Task;
    }

    /// <summary>A call made on a granted turn has its answer (or failed): its overall permit returns one second from now.</summary>
    public void Completed()
    {
        lock (_lock)
        {
            if (_onTheWire.TryDequeue(out var lease))
            {
                _cooling.Enqueue((lease, FromNow(FloodLimiters.OverallWindow)));
            }
        }

        Wake();
    }

    /// <summary>What the previous process's last calls need is known (<see cref="SenderHandover"/>): the start-up hold
    /// ends <paramref name="remaining"/> from now instead, if that is sooner. It never lengthens the hold.</summary>
    public void ShortenStartupHold(TimeSpan remaining)
    {
        lock (_lock)
        {
            _heldUntil = Math.Min(_heldUntil, FromNow(remaining));
        }

        GrantTurns();
        Wake();
    }

    /// <summary>How long the start-up hold still lasts (specs).</summary>
    internal TimeSpan StartupHoldLeft
    {
        get
        {
            var now = _time.GetTimestamp();
            lock (_lock) return _time.GetElapsedTime(now, Math.Max(_heldUntil, now));
        }
    }

    /// <summary>The heartbeat is asleep: nothing waits for a turn and no permit is out (tests).</summary>
    internal bool Sleeping => _sleeping;

    /// <summary>Telegram answered 429 for this chat: only this chat waits, unless several chats hit it at once.</summary>
    public void ReportTooManyRequests(long chatId, TimeSpan retryAfter)
    {
        var now = _time.GetTimestamp();
        var until = now + Ticks(retryAfter);
        lock (_lock)
        {
            PruneEndedPauses(now);
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

            foreach (var lease in _onTheWire.Concat(_cooling.Select(c => c.Lease)))
            {
                lease.Dispose();
            }
        }

        await _limiters.DisposeAsync();
        _stop.Dispose();
        _wake.Dispose();
    }

    /// <summary>Every few milliseconds returns the overall permits whose second is over and grants what they allow. A late
    /// round only delays the turns it would have granted; it shifts no later window. With nothing waiting and no permit
    /// out it sleeps until a turn is asked for or a call completes: a bot is idle most of the time.</summary>
    private async Task RunAsync()
    {
        var ct = _stop.Token;
        while (!ct.IsCancellationRequested)
        {
            if (IsIdle())
            {
                _sleeping = true;
                await _wake.WaitAsync(ct);
                _sleeping = false;
            }

            await Task.Delay(Heartbeat, ct);
            ReturnCooledPermits();
            GrantTurns();
        }
    }

    private bool IsIdle()
    {
        lock (_lock)
        {
            return _cooling.Count == 0 && _onTheWire.Count == 0 && Array.TrueForAll(_lanes, l => l.Count == 0);
        }
    }

    // At most one wake-up pending: the heartbeat looks at everything once it runs.
    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it first.
            }
        }
    }

    private void ReturnCooledPermits()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            while (_cooling.TryPeek(out var cooling) && cooling.ReturnAt <= now)
            {
                _cooling.Dequeue().Lease.Dispose();
            }
        }
    }

    private void GrantTurns()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (_allPausedUntil > now || _heldUntil > now)
            {
                return;
            }

            while (NextReady(now) is { } next)
            {
                var overall = _limiters.Overall.AttemptAcquire();
                if (!overall.IsAcquired)
                {
                    overall.Dispose();
                    return;
                }

                if (!_limiters.TryTakeChat(next.Value.ChatId, next.Value.IsGroup))
                {
                    overall.Dispose();
                    return;
                }

                _onTheWire.Enqueue(overall);
                next.List!.Remove(next);

                // Unregister, not Dispose: Dispose would wait for a cancel callback already running, which waits for this lock.
                next.Value.Registration.Unregister();
                next.Value.Turn.TrySetResult();
            }
        }
    }

    private void Cancel(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            node.List?.Remove(node);
        }

        node.Value.Turn.TrySetCanceled(cancellationToken);
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

    private bool IsFree(Waiter waiter, long now)
    {
        if (!_pausedUntil.TryGetValue(waiter.ChatId, out var until)) return true;
        if (until > now) return false;
        _pausedUntil.Remove(waiter.ChatId);
        return true;
    }

    // A pause is kept only while it lasts: a bot in many chats would otherwise keep every chat that ever got a 429.
    private void PruneEndedPauses(long now)
    {
        foreach (var (chatId, until) in _pausedUntil)
        {
            if (until <= now) _pausedUntil.Remove(chatId);
        }
    }

    /// <summary>Chats whose 429 pause is remembered (specs).</summary>
    internal int PausedChats
    {
        get
        {
            lock (_lock) return _pausedUntil.Count;
        }
    }

    private long FromNow(TimeSpan span) => _time.GetTimestamp() + Ticks(span);

    // In the clock's timestamp units, which are not TimeSpan ticks.
    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

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
