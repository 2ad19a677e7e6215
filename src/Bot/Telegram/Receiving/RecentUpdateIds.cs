namespace Bot.Telegram.Receiving;

/// <summary>The ids of the last <paramref name="capacity"/> updates taken in. Telegram sends a webhook update again when
/// it missed our answer; the inbox ignores a repeat only while the first copy is still in it, so a repeat of one
/// already handled (and gone from the inbox) is recognised here instead. Memory stays bounded: the oldest id is
/// forgotten when a new one comes in.</summary>
internal sealed class RecentUpdateIds(int capacity)
{
    private readonly Lock _lock = new();
    private readonly HashSet<int> _ids = [];
    private readonly Queue<int> _order = new();

    public bool Contains(int updateId)
    {
        lock (_lock) return _ids.Contains(updateId);
    }

    public void Add(int updateId)
    {
        lock (_lock)
        {
            if (!_ids.Add(updateId)) return;
            _order.Enqueue(updateId);
            if (_order.Count > capacity) _ids.Remove(_order.Dequeue());
        }
    }
}
