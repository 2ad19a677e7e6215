namespace FakeBotApi;

/// <summary>Sliding-window logs per scope; a call over any limit is refused with 429 and counted, and does not use
/// up the window (as a client that waits <c>retry_after</c> then succeeds expects).</summary>
internal sealed class FloodControl(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _overall = new();
    private readonly Dictionary<long, Queue<long>> _perChatSecond = [];
    private readonly Dictionary<long, Queue<long>> _perGroupMinute = [];
    private long _violations;

    public FloodLimits? Limits { get; set; }

    public long Violations => Interlocked.Read(ref _violations);

    public void Reset()
    {
        lock (_lock)
        {
            _overall.Clear();
            _perChatSecond.Clear();
            _perGroupMinute.Clear();
            Interlocked.Exchange(ref _violations, 0);
        }
    }

    /// <summary>Null when the call may go, else the seconds to wait.</summary>
    public int? Check(long chatId)
    {
        var limits = Limits;
        if (limits is null) return null;
        var now = time.GetTimestamp();
        lock (_lock)
        {
            var second = TimeSpan.FromSeconds(1);
            var minute = TimeSpan.FromMinutes(1);
            var perChat = Get(_perChatSecond, chatId);
            var perGroup = chatId < 0 ? Get(_perGroupMinute, chatId) : null;
            var wait = Max(
                Wait(_overall, limits.OverallPerSecond, second, now),
                Wait(perChat, limits.PerChatPerSecond, second, now),
                perGroup is null ? null : Wait(perGroup, limits.PerGroupPerMinute, minute, now));
            if (wait is not null)
            {
                Interlocked.Increment(ref _violations);
                return (int)Math.Max(1, Math.Ceiling(wait.Value.TotalSeconds));
            }
            _overall.Enqueue(now);
            perChat.Enqueue(now);
            perGroup?.Enqueue(now);
            return null;
        }
    }

    private static Queue<long> Get(Dictionary<long, Queue<long>> map, long chatId)
    {
        if (!map.TryGetValue(chatId, out var queue)) map[chatId] = queue = new Queue<long>();
        return queue;
    }

    private TimeSpan? Wait(Queue<long> log, int? limit, TimeSpan window, long now)
    {
        if (limit is null) return null;
        while (log.Count > 0 && time.GetElapsedTime(log.Peek(), now) >= window) log.Dequeue();
        return log.Count < limit ? null : window - time.GetElapsedTime(log.Peek(), now);
    }

    private static TimeSpan? Max(params TimeSpan?[] waits) => waits.Where(w => w is not null).Max();
}
