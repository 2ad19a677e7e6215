using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>Loads the content folder once when the host starts, before anything answers.</summary>
internal sealed class InitialContentLoad(ContentCatalogLoader loader) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        loader.Load();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
