using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Recaps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Content;

/// <summary>Reads the content folder with <see cref="ContentLoader"/>, logs every page's warnings and errors once,
/// and swaps the catalog. A page that cannot be read is logged and skipped; it never stops the load. Loads run one at a
/// time (the start-up load, the watcher and /reload can ask at once): each reads the folder and swaps under one lock, so
/// a load that read the folder earlier can never swap its older catalog over a newer one.</summary>
public sealed partial class ContentCatalogLoader(EventCatalog catalog, IOptions<ContentOptions> settings, ILogger<ContentCatalogLoader> logger)
{
    private readonly Lock _loading = new();
    private ContentLoadResult _last = ContentLoadResult.None;
    private Dictionary<string, Event> _lastGood = [];

    public ContentLoadResult Last => Volatile.Read(ref _last);

    public ContentLoadResult Load() => LoadComparing().Result;

    /// <summary>Loads, and tells which snapshot this load replaced and which it made (for /reload's report: another
    /// load may swap again right after, so comparing <see cref="EventCatalog.Current"/> later would mix them).</summary>
    public ContentSwap LoadComparing()
    {
        lock (_loading)
        {
            var before = catalog.Current;
            var result = LoadLocked();
            return new ContentSwap(result, before, catalog.Current);
        }
    }

    private ContentLoadResult LoadLocked()
    {
        var folder = settings.Value.FullPath;
        if (!Directory.Exists(folder))
        {
            LogFolderMissing(folder);
            catalog.Reload([]);
            var missing = new ContentLoadResult(folder, false, 0, 0, 0, 0);
            Volatile.Write(ref _last, missing);
            return missing;
        }

        var content = ContentLoader.Load(folder, new RecapParserOptions(settings.Value.TimeZone));
        foreach (var diagnostic in content.Diagnostics.Concat(content.Pages.SelectMany(p => p.Diagnostics)).Where(d => d.Severity >= Severity.Warning))
        {
            LogDiagnostic(diagnostic.ToString());
        }

        var snapshot = catalog.Reload(EventsKeepingLastGood(content.Pages));
        var result = new ContentLoadResult(folder, true, content.Pages.Count + content.UnreadableCount, snapshot.Events.Count, snapshot.TalkCount, content.UnreadableCount)
        {
            FailedPageProblems =
            [
                .. content.Diagnostics.Where(d => d.Severity == Severity.Error),
                .. content.Pages.Where(p => p.Event is null).SelectMany(p => p.Diagnostics.Where(d => d.Severity >= Severity.Warning).Take(1)),
            ],
        };
        Volatile.Write(ref _last, result);
        LogLoaded(folder, result.Pages, result.Events, result.Talks, result.FailedPages);
        return result;
    }

    /// <summary>A page being edited often fails to parse for a moment: its last good event stays until it parses again
    /// (reminders are not unscheduled by a typo).</summary>
    private List<Event> EventsKeepingLastGood(IReadOnlyList<RecapPage> pages)
    {
        var good = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.Event is not null)
            {
                good[page.Source] = page.Event;
            }
            else if (page.Diagnostics.Any(d => d.Severity >= Severity.Warning) && _lastGood.TryGetValue(page.Source, out var previous))
            {
                LogKeptLastGood(page.Source);
                good[page.Source] = previous;
            }
        }

        _lastGood = good;
        return [.. pages.Select(p => good.GetValueOrDefault(p.Source)).OfType<Event>()];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Page} failed to parse; keeping its last good version until it is fixed")]
    private partial void LogKeptLastGood(string page);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {Folder} does not exist: no events loaded")]
    private partial void LogFolderMissing(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogDiagnostic(string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Folder}: {Pages} pages, {Events} events, {Talks} talks, {Failed} pages unreadable")]
    private partial void LogLoaded(string folder, int pages, int events, int talks, int failed);
}
