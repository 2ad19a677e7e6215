using Bot.Content;
using Bot.Core.Catalog;
using Bot.Core.Recaps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Reads the content folder with <see cref="ContentLoader"/>, logs every page's warnings and errors once,
/// and swaps the catalog. A page that cannot be read is logged and skipped; it never stops the load.</summary>
public sealed partial class ContentCatalogLoader(EventCatalog catalog, IOptions<ContentSettings> settings, ILogger<ContentCatalogLoader> logger)
{
    private ContentLoadResult _last = ContentLoadResult.None;

    public ContentLoadResult Last => Volatile.Read(ref _last);

    public ContentLoadResult Load()
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

        var snapshot = catalog.Reload(content.Pages.Where(p => p.Event is not null).Select(p => p.Event!));
        var result = new ContentLoadResult(folder, true, content.Pages.Count + content.UnreadableCount, snapshot.Events.Count, snapshot.TalkCount, content.UnreadableCount);
        Volatile.Write(ref _last, result);
        LogLoaded(folder, result.Pages, result.Events, result.Talks, result.FailedPages);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {Folder} does not exist: no events loaded")]
    private partial void LogFolderMissing(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogDiagnostic(string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Folder}: {Pages} pages, {Events} events, {Talks} talks, {Failed} pages unreadable")]
    private partial void LogLoaded(string folder, int pages, int events, int talks, int failed);
}
