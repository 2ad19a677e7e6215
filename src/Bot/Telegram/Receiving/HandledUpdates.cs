namespace Bot.Telegram.Receiving;

/// <summary>Which received updates are still being handled, so the inbox can forget those below which everything is done.</summary>
internal sealed class HandledUpdates
{
    private readonly Lock _lock = new();
    private readonly SortedSet<int> _pending = [];
    private int? _highest;
    private TaskCompletionSource _idle = Completed();
    private TaskCompletionSource _advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every received update up to this id has been handled; null before the first one.</summary>
    public int? LastHandled
    {
        get
        {
            lock (_lock) return LastHandledLocked();
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
        TaskCompletionSource? advanced = null;
        lock (_lock)
        {
            var wasOldest = _pending.Count > 0 && _pending.Min == updateId;
            if (!_pending.Remove(updateId)) return;
            if (_pending.Count == 0) idle = _idle;
            if (wasOldest)
            {
                advanced = _advanced;
                _advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        idle?.TrySetResult();
        advanced?.TrySetResult();
    }

    /// <summary>Completes once <see cref="LastHandled"/> has moved past <paramref name="handled"/>, or nothing is pending.</summary>
    public Task WhenAdvancedPast(int? handled)
    {
        lock (_lock)
        {
            return _pending.Count == 0 || LastHandledLocked() != handled ? Task.CompletedTask : _advanced.Task;
        }
    }

    /// <summary>Completes once <see cref="LastHandled"/> is above <paramref name="id"/> (or set at all, for null).</summary>
    public Task WhenBeyond(int? id)
    {
        lock (_lock)
        {
            return LastHandledLocked() is { } last && (id is null || last > id) ? Task.CompletedTask : _advanced.Task;
        }
    }

    /// <summary>Completes when nothing received is still being handled.</summary>
    public Task WhenIdle()
    {
        lock (_lock) return _idle.Task;
    }

    private int? LastHandledLocked() => _pending.Count == 0 ? _highest : _pending.Min - 1;

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
