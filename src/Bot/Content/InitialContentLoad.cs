using Microsoft.Extensions.Hosting;

namespace Bot.Content;

/// <summary>Loads the content folder once when the host starts. It loads in <see cref="StartingAsync"/>, which the host
/// runs for every lifecycle service before any service's <c>StartAsync</c>: whatever starts answering or scheduling finds
/// the catalog loaded, whatever order the services were registered in.</summary>
internal sealed class InitialContentLoad(ContentCatalogLoader loader) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        loader.Load();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
