using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Receiving;

/// <summary>Webhook requests refused for a missing or wrong secret, logged at most once a minute: the first at once (a
/// misconfigured secret shows up immediately), those after it as one line with their count when the minute is over.
/// Whoever hammers the endpoint cannot flood the log.</summary>
internal sealed partial class RejectedRequests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private bool _reporting;
    private bool _disposed;
    private int _count;
    private string? _latestFrom;

    public RejectedRequests(TimeProvider time, ILogger logger)
    {
        _logger = logger;
        _timer = time.CreateTimer(_ => Report(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Add(string? remoteAddress)
    {
        lock (_lock)
        {
            if (_reporting)
            {
                _count++;
                _latestFrom = remoteAddress;
                return;
            }

            _reporting = true;
            _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
        LogRejected(_logger, remoteAddress);
    }

    /// <summary>The minute is over: one line for what came meanwhile; after a quiet minute the next one is logged at once.</summary>
    private void Report()
    {
        int count;
        string? from;
        lock (_lock)
        {
            (count, from, _count, _latestFrom) = (_count, _latestFrom, 0, null);
            _reporting = count > 0 && !_disposed;
            if (_reporting) _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
        if (count > 0) LogRejectedMore(_logger, count, from);
    }

    public void Dispose()
    {
        lock (_lock) _disposed = true;
        _timer.Dispose();
        Report();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request from {RemoteAddress} without the right secret header: rejected with 401 (more within a minute are counted, not logged one by one)")]
    private static partial void LogRejected(ILogger logger, string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} more webhook requests without the right secret header rejected with 401 in the last minute (the latest from {RemoteAddress})")]
    private static partial void LogRejectedMore(ILogger logger, int count, string? remoteAddress);
}
