using Bot.Content;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Admin;

/// <summary>Carries /reload across the cluster: the instance that answered it tells the others (<see cref="IContentChanges"/>),
/// and each of them reloads its own content folder. On SQLite there are no others.</summary>
public sealed partial class ClusterReload(IContentChanges changes, ContentReloader reloader, ILogger<ClusterReload> logger) : BackgroundService
{
    /// <summary>Tells the other instances; a failure is logged, the reload here stands.</summary>
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await changes.AnnounceAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or DatabaseUnusableException)
        {
            LogAnnounceFailed(ex);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        changes.ListenAsync(async instance =>
        {
            var report = await Task.Run(reloader.Reload, stoppingToken);
            LogReloaded(instance, report.Load.Events, report.Added.Count, report.Changed.Count, report.Removed.Count);
        }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded after /reload on instance {Instance}: {Events} events ({Added} added, {Changed} changed, {Removed} removed)")]
    private partial void LogReloaded(string instance, int events, int added, int changed, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other instances about this /reload; reload them too")]
    private partial void LogAnnounceFailed(Exception exception);
}
