using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Recaps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Reads every page of the content folder, logs each page's diagnostics once, and swaps the catalog.
/// A page that cannot be read or parsed is logged and skipped; it never stops the load.</summary>
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

        var options = new RecapParserOptions(settings.Value.TimeZone);
        var events = new List<Event>();
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            var page = Parse(file, Path.GetRelativePath(folder, file), options);
            if (page is null)
            {
                failed++;
                continue;
            }

            foreach (var diagnostic in page.Diagnostics.Where(d => d.Severity >= Severity.Warning))
            {
                LogDiagnostic(diagnostic.ToString());
            }

            if (page.Event is not null)
            {
                events.Add(page.Event);
            }
        }

        var snapshot = catalog.Reload(events);
        var result = new ContentLoadResult(folder, true, files.Count, snapshot.Events.Count, snapshot.TalkCount, failed);
        Volatile.Write(ref _last, result);
        LogLoaded(folder, result.Pages, result.Events, result.Talks, failed);
        return result;
    }

    private RecapPage? Parse(string file, string relative, RecapParserOptions options)
    {
        try
        {
            return RecapParser.Parse(File.ReadAllText(file), relative, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotImplementedException or FormatException or ArgumentException)
        {
            LogPageFailed(ex, relative);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {Folder} does not exist: no events loaded")]
    private partial void LogFolderMissing(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogDiagnostic(string diagnostic);

    [LoggerMessage(Level = LogLevel.Error, Message = "Page {File} could not be read or parsed; skipped")]
    private partial void LogPageFailed(Exception exception, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Folder}: {Pages} pages, {Events} events, {Talks} talks, {Failed} pages failed")]
    private partial void LogLoaded(string folder, int pages, int events, int talks, int failed);
}
