using Bot.Core.Events;

namespace Bot.Core.Catalog;

/// <summary>The current snapshot of all events. <see cref="Reload"/> builds a new snapshot aside and swaps it in
/// one atomic write: readers never block and always see a whole snapshot, old or new.</summary>
public sealed class EventCatalog
{
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    /// <summary>Raised after each swap with the previous and the new snapshot (reminder planning, /reload reports).</summary>
    public event Action<CatalogSnapshot, CatalogSnapshot>? Changed;

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    public CatalogSnapshot Reload(IEnumerable<Event> events)
    {
        var next = CatalogSnapshot.Create(events);
        var previous = Interlocked.Exchange(ref _current, next);
        Changed?.Invoke(previous, next);
        return next;
    }
}
