using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Content;

/// <summary>Re-reads the content folder when its pages change, once the folder has been quiet for the debounce time
/// (an editor's save is several events); the reload swaps the catalog atomically, and whatever follows the
/// catalog (the reminders) follows the pages.</summary>
internal sealed partial class ContentWatcher(
    ContentCatalogLoader loader, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.FullPath;
        if (!options.Value.Watch || !Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        _debounce = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, e) => LogWatcherError(e.GetException());
        _watcher.EnableRaisingEvents = true;
        LogWatching(folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _watcher = null;
    }

    private void OnChange(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);

    private void Reload()
    {
        try
        {
            loader.Load();
        }
        catch (Exception ex)
        {
            LogReloadFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for page changes")]
    private partial void LogWatching(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher reported an error; changes may be picked up late")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the content folder failed; the previous catalog stays")]
    private partial void LogReloadFailed(Exception exception);
}
