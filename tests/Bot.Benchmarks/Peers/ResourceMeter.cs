namespace Bot.Benchmarks.Peers;

/// <summary>Samples a process every 50 ms so each phase gets its CPU seconds and its peak resident memory.</summary>
public sealed class ResourceMeter : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _phasePeakKb;
    private double _phaseCpuStart;

    public ResourceMeter(int pid)
    {
        _pid = pid;
        _sampling = Task.Run(SampleAsync);
    }

    public ProcSample Last { get; private set; } = new(0, 0, 0);

    public void BeginPhase()
    {
        var now = ProcSample.Read(_pid) ?? Last;
        Last = now;
        _phaseCpuStart = now.CpuSeconds;
        Interlocked.Exchange(ref _phasePeakKb, now.RssKb);
    }

    public PhaseResources EndPhase()
    {
        var now = ProcSample.Read(_pid) ?? Last;
        Last = now;
        Observe(now.RssKb);
        return new PhaseResources(now.CpuSeconds - _phaseCpuStart, Interlocked.Read(ref _phasePeakKb) / 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (ProcSample.Read(_pid) is not { } sample) return;
                Last = sample;
                Observe(sample.RssKb);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private void Observe(long rssKb)
    {
        long seen;
        while (rssKb > (seen = Interlocked.Read(ref _phasePeakKb)) && Interlocked.CompareExchange(ref _phasePeakKb, rssKb, seen) != seen)
        {
        }
    }
}
