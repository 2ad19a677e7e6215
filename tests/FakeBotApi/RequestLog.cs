namespace FakeBotApi;

/// <summary>Every request, in order, with event-driven waits for tests.</summary>
internal sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Waiter> _waiters = [];
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public long LastSequence => Interlocked.Read(ref _sequence);

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock) return [.. _requests];
    }

    public void Add(RecordedRequest request)
    {
        List<Waiter> done = [];
        lock (_lock)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters)
                if (waiter.Offer(request)) done.Add(waiter);
            _waiters.RemoveAll(done.Contains);
        }
        foreach (var waiter in done) waiter.Complete();
    }

    public async Task<IReadOnlyList<RecordedRequest>> WaitAsync(Func<RecordedRequest, bool> predicate, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(predicate, count);
        lock (_lock)
        {
            foreach (var request in _requests) waiter.Offer(request);
            if (waiter.IsSatisfied) return waiter.Matches;
            _waiters.Add(waiter);
        }
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return await waiter.Task.WaitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            lock (_lock) _waiters.Remove(waiter);
            var recent = string.Join(Environment.NewLine, Snapshot().TakeLast(15));
            throw new TimeoutException($"Only {waiter.Matches.Count} of {count} expected requests arrived within {timeout}. Last requests:{Environment.NewLine}{recent}");
        }
    }

    private sealed class Waiter(Func<RecordedRequest, bool> predicate, int count)
    {
        private readonly TaskCompletionSource<IReadOnlyList<RecordedRequest>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<RecordedRequest> _matches = [];

        public Task<IReadOnlyList<RecordedRequest>> Task => _completion.Task;
        public IReadOnlyList<RecordedRequest> Matches => [.. _matches];
        public bool IsSatisfied => _matches.Count >= count;

        public bool Offer(RecordedRequest request)
        {
            if (!IsSatisfied && predicate(request)) _matches.Add(request);
            return IsSatisfied;
        }

        public void Complete() => _completion.TrySetResult(Matches);
    }
}
