namespace Bot.Telegram.Receiving;

/// <summary>Exponential back-off with jitter (0.5–1.0 of 2^n × initial, capped), reset after a success.</summary>
internal sealed class BackOff(TimeProvider time, TimeSpan initial, TimeSpan max)
{
    private int _failures;

    public int Failures => _failures;

    public void Reset() => _failures = 0;

    public TimeSpan Next()
    {
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(_failures++, 16));
        var capped = Math.Min(exponential, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }

    /// <summary>Waits the next delay; false when cancelled.</summary>
    public async Task<bool> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
