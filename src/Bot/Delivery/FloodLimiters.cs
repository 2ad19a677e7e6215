using System.Threading.RateLimiting;

namespace Bot.Delivery;

/// <summary>The System.Threading.RateLimiting limiters behind the gate: a sliding window overall (plus a token bucket
/// that spreads bursts), and partitioned sliding windows per chat and per group.</summary>
internal sealed class FloodLimiters : IAsyncDisposable
{
    // Partitioned limiters are replenished by their owner's 100 ms heartbeat, so their segments are 100 ms.
    private static readonly TimeSpan PartitionTick = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan OverallSegment = TimeSpan.FromMilliseconds(10);

    public FloodLimiters(FloodLimitOptions options)
    {
        var overallWindow = TimeSpan.FromSeconds(1) + options.SafetyMargin;
        Overall = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.OverallPerSecond,
            Window = overallWindow,
            SegmentsPerWindow = Math.Max(1, (int)(overallWindow / OverallSegment)),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        var burst = Math.Max(1, options.OverallPerSecond / 10);
        Spread = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = burst,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(50),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        var chatWindow = RoundUp(TimeSpan.FromSeconds(1) + options.SafetyMargin, PartitionTick);
        PerChat = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerChatPerSecond,
                Window = chatWindow,
                SegmentsPerWindow = (int)(chatWindow / PartitionTick),
                QueueLimit = 0,
            }));
        var groupWindow = TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);
        PerGroup = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerGroupPerMinute,
                Window = groupWindow,
                SegmentsPerWindow = (int)groupWindow.TotalSeconds,
                QueueLimit = 0,
            }));
    }

    public RateLimiter Overall { get; }
    public RateLimiter Spread { get; }
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
        await Spread.DisposeAsync();
        await PerChat.DisposeAsync();
        await PerGroup.DisposeAsync();
    }

    private static TimeSpan RoundUp(TimeSpan value, TimeSpan step) => step * Math.Ceiling(value / step);
}
