using System.Threading.RateLimiting;

namespace Bot.Telegram.Sending;

/// <summary>The System.Threading.RateLimiting limiters behind the gate: the overall limit as a concurrency limiter whose
/// permits the gate holds until one second after the call's answer, and partitioned sliding windows per chat and per
/// group.</summary>
/// <remarks>Overall: a permit returns one second after Telegram answered the call it was used for. Telegram received the
/// call before it answered, so any one-second window at Telegram holds at most the permit limit, however late our own
/// loop or the network runs; and lateness never accumulates into later windows, as it does with tick-counted windows.
/// Per chat and per group: a sliding window releases a permit a whole number of segments after the segment it was taken
/// in, so a permit taken late in a segment comes back up to one segment early; those windows get one extra segment and
/// the safety margin.</remarks>
internal sealed class FloodLimiters : IAsyncDisposable
{
    // Partitioned limiters are replenished by their owner's 100 ms heartbeat, so their segments are 100 ms.
    private static readonly TimeSpan PartitionTick = TimeSpan.FromMilliseconds(100);

    public FloodLimiters(FloodLimitOptions options)
    {
        Overall = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.OverallPerSecond,
            QueueLimit = 0,
        });
        var chatWindow = ChatWindow(options);
        PerChat = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerChatPerSecond,
                Window = chatWindow,
                SegmentsPerWindow = (int)(chatWindow / PartitionTick),
                QueueLimit = 0,
            }));
        var groupWindow = GroupWindow;
        PerGroup = PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetSlidingWindowLimiter(chatId, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PerGroupPerMinute,
                Window = groupWindow,
                SegmentsPerWindow = (int)groupWindow.TotalSeconds,
                QueueLimit = 0,
            }));
    }

    /// <summary>The window in which a chat sends at most its per-second limit: a second, the margin and a segment more.</summary>
    public static TimeSpan ChatWindow(FloodLimitOptions options) =>
        RoundUp(TimeSpan.FromSeconds(1) + options.SafetyMargin, PartitionTick) + PartitionTick;

    /// <summary>The window in which a group sends at most its per-minute limit.</summary>
    public static TimeSpan GroupWindow { get; } = TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2);

    /// <summary>How long after a call's answer its overall permit returns.</summary>
    public static TimeSpan OverallWindow { get; } = TimeSpan.FromSeconds(1);

    public ConcurrencyLimiter Overall { get; }
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
