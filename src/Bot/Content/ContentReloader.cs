using System.Text.Json;
using Bot.Core.Catalog;
using Bot.Core.Events;

namespace Bot.Content;

/// <summary>/reload: reads the content folder again now and tells what changed.</summary>
public sealed class ContentReloader(ContentCatalogLoader loader, TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastReload;

    /// <summary>When the catalog was last loaded by /reload; null when only the start-up load ran.</summary>
    public DateTimeOffset? LastReload
    {
        get { lock (_lock) return _lastReload; }
    }

    /// <summary>Loads now (after any load already running) and compares the snapshot this load replaced with the one it made.</summary>
    public ReloadReport Reload()
    {
        var swap = loader.LoadComparing();
        lock (_lock) _lastReload = time.GetUtcNow();
        var old = Fingerprints(swap.Before);
        var fresh = Fingerprints(swap.After);
        return new ReloadReport(
            swap.Result,
            [.. fresh.Keys.Except(old.Keys).Order(StringComparer.Ordinal)],
            [.. fresh.Keys.Intersect(old.Keys).Where(id => fresh[id] != old[id]).Order(StringComparer.Ordinal)],
            [.. old.Keys.Except(fresh.Keys).Order(StringComparer.Ordinal)]);
    }

    private static Dictionary<string, string> Fingerprints(CatalogSnapshot snapshot) =>
        snapshot.Events.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => Fingerprint(g.First()));

    // Records compare lists by reference; the serialised form compares what a member would see.
    private static string Fingerprint(Event @event) => JsonSerializer.Serialize(@event, EventJsonContext.Default.Event);
}
