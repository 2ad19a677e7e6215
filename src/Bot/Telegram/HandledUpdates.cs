namespace Bot.Telegram;

/// <summary>Which received updates are still being handled, so the offset saved is one below which everything is done.</summary>
internal sealed class HandledUpdates
{
    private readonly Lock _lock = new();
    private readonly SortedSet<int> _pending = [];
    private int? _highest;
    private TaskCompletionSource _idle = Completed();

    /// <summary>Every received update up to this id has been handled; null before the first one.</summary>
    public int? LastHandled
    {
        get
        {
            lock (_lock) return _pending.Count == 0 ? _highest : _pending.Min - 1;
        }
    }

    public int Pending
    {
        get { lock (_lock) return _pending.Count; }
    }

    public void Received(int updateId)
    {
        lock (_lock)
        {
            if (_pending.Count == 0) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending.Add(updateId);
            _highest = _highest is { } h ? Math.Max(h, updateId) : updateId;
        }
    }

    public void Completed(int updateId)
    {
        TaskCompletionSource? idle = null;
        lock (_lock)
            if (_pending.Remove(updateId) && _pending.Count == 0) idle = _idle;
        idle?.TrySetResult();
    }

    /// <summary>Completes when nothing received is still being handled.</summary>
    public Task WhenIdle()
    {
        lock (_lock) return _idle.Task;
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
