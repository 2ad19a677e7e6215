using System.Threading.RateLimiting;

namespace Bot.Delivery;

/// <summary>The System.Threading.RateLimiting limiters behind the gate: a sliding window overall, replenished by the gate's
/// own ticks, and partitioned sliding windows per chat and per group.</summary>
/// <remarks>A sliding window releases a permit a whole number of segments after the segment it was taken in, so a
/// permit taken late in a segment comes back up to one segment early. The overall window is only ever taken right
/// after a tick (the gate grants on its ticks), so it needs no more than the jitter margin; the per-chat and per-group
/// windows are taken at any time and get one extra segment.</remarks>
internal sealed class FloodLimiters : IAsyncDisposable
{
    // Partitioned limiters are replenished by their owner's 100 ms heartbeat, so their segments are 100 ms.
    private static readonly TimeSpan PartitionTick = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan TargetTick = TimeSpan.FromMilliseconds(50);

    public FloodLimiters(FloodLimitOptions options)
    {
        var overallWindow = TimeSpan.FromSeconds(1) + options.SafetyMargin;
        var segments = Math.Max(1, (int)Math.Round(overallWindow / TargetTick));
        Tick = overallWindow / segments;
        PerTick = Math.Max(1, (int)Math.Ceiling(options.OverallPerSecond * Tick.TotalSeconds));
        Overall = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.OverallPerSecond,
            // The gate shifts the window itself, at least a `Tick` apart, so the real window is at least segments × Tick.
            // The limiter silently ignores a shift sooner than its own period; a slightly shorter nominal window keeps
            // timer rounding from dropping one of the gate's ticks.
            Window = overallWindow * 0.9,
            SegmentsPerWindow = segments,
            QueueLimit = 0,
            AutoReplenishment = false,
        });
        var chatWindow = RoundUp(TimeSpan.FromSeconds(1) + options.SafetyMargin, PartitionTick) + PartitionTick;
        PerChat = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerChatPerSecond,
                Window = chatWindow,
                SegmentsPerWindow = (int)(chatWindow / PartitionTick),
                QueueLimit = 0,
            }));
        var groupWindow = TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2);
        PerGroup = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerGroupPerMinute,
                Window = groupWindow,
                SegmentsPerWindow = (int)groupWindow.TotalSeconds,
                QueueLimit = 0,
            }));
    }

    /// <summary>The overall window's segment: the gate replenishes and grants once per tick.</summary>
    public TimeSpan Tick { get; }

    /// <summary>Most turns granted per tick, so a full window is spread over the second instead of sent as one burst.</summary>
    public int PerTick { get; }

    public SlidingWindowRateLimiter Overall { get; }
    public PartitionedRateLimiter<long> PerChat { get; }
    public PartitionedRateLimiter<long> PerGroup { get; }

    /// <summary>Whether the chat could send now, without using a permit.</summary>
    public bool LooksReady(long chatId, bool isGroup) =>
        (PerChat.GetStatistics(chatId)?.CurrentAvailablePermits ?? 1) > 0
        && (!isGroup || (PerGroup.GetStatistics(chatId)?.CurrentAvailablePermits ?? 1) > 0);

    /// <summary>Takes the chat's (and group's) permit if both are free.</summary>
    public bool TryTakeChat(long chatId, bool isGroup)
    {
        if (!LooksReady(chatId, isGroup))
        {
            return false;
        }

        using var chat = PerChat.AttemptAcquire(chatId);
        if (!chat.IsAcquired)
        {
            return false;
        }

        using var group = isGroup ? PerGroup.AttemptAcquire(chatId) : null;
        return group?.IsAcquired ?? true;
    }

    public async ValueTask DisposeAsync()
    {
        await Overall.DisposeAsync();
        await PerChat.DisposeAsync();
        await PerGroup.DisposeAsync();
    }

    private static TimeSpan RoundUp(TimeSpan value, TimeSpan step) => step * Math.Ceiling(value / step);
}
