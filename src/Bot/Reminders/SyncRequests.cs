using Bot.Core.Reminders;

namespace Bot.Reminders;

/// <summary>What a coalesced sync must do: whether the catalog changed since the last one (else only subscriptions
/// did), and the moves to announce once Quartz holds the new plan, in the order they were requested.</summary>
internal sealed record SyncBatch(bool CatalogChanged, IReadOnlyList<EventMove> Moves);

/// <summary>At most one sync runs and one waits: requests that arrive while a sync runs fold into the waiting one (moves
/// appended, "the catalog changed" or-ed), so a wave of /subscribe costs one follow-up sync instead of one each, and no
/// requested move is lost. A failed run is reported and the next request runs again.</summary>
internal sealed class SyncRequests(Func<SyncBatch, Task> run, Action<Exception> onFailure)
{
    private readonly Lock _lock = new();
    private List<EventMove> _moves = [];
    private bool _catalogChanged;
    private bool _pending;
    private bool _running;
    private Task _worker = Task.CompletedTask;

    public void Request(bool catalogChanged, IReadOnlyList<EventMove> moves)
    {
        lock (_lock)
        {
            _moves.AddRange(moves);
            _catalogChanged |= catalogChanged;
            _pending = true;
            if (!_running)
            {
                _running = true;
                _worker = Task.Run(DrainAsync);
            }
        }
    }

    /// <summary>Completes once nothing runs or waits (a request made later starts a new run).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _worker;
        }
    }

    private async Task DrainAsync()
    {
        while (Take() is { } batch)
        {
            try
            {
                await run(batch);
            }
            catch (Exception ex)
            {
                onFailure(ex);
            }
        }
    }

    private SyncBatch? Take()
    {
        lock (_lock)
        {
            if (!_pending)
            {
                _running = false;
                return null;
            }

            var batch = new SyncBatch(_catalogChanged, _moves);
            (_moves, _catalogChanged, _pending) = ([], false, false);
            return batch;
        }
    }
}
