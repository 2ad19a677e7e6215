using System.Text.Json;
using Bot.Core.Catalog;
using Bot.Core.Events;

namespace Bot.Content;

/// <summary>/reload: reads the content folder again now and tells what changed.</summary>
public sealed class ContentReloader(ContentCatalogLoader loader, EventCatalog catalog, TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastReload;

    /// <summary>When the catalog was last loaded by /reload; null when only the start-up load ran.</summary>
    public DateTimeOffset? LastReload
    {
        get { lock (_lock) return _lastReload; }
    }

    /// <summary>One reload at a time, so the report compares the right two snapshots.</summary>
    public ReloadReport Reload()
    {
        lock (_lock) return ReloadLocked();
    }

    private ReloadReport ReloadLocked()
    {
        var before = catalog.Current;
        var result = loader.Load();
        var after = catalog.Current;
        _lastReload = time.GetUtcNow();
        var old = Fingerprints(before);
        var fresh = Fingerprints(after);
        return new ReloadReport(
            result,
            [.. fresh.Keys.Except(old.Keys).Order(StringComparer.Ordinal)],
            [.. fresh.Keys.Intersect(old.Keys).Where(id => fresh[id] != old[id]).Order(StringComparer.Ordinal)],
            [.. old.Keys.Except(fresh.Keys).Order(StringComparer.Ordinal)]);
    }

    private static Dictionary<string, string> Fingerprints(CatalogSnapshot snapshot) =>
        snapshot.Events.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => Fingerprint(g.First()));

    // Records compare lists by reference; the serialised form compares what a member would see.
    private static string Fingerprint(Event @event) => JsonSerializer.Serialize(@event);
}
