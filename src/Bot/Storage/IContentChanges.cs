namespace Bot.Storage;

/// <summary>Port through which an instance that reloaded its content (/reload) tells the other instances sharing the
/// database, so that each reloads its own content folder.</summary>
public interface IContentChanges
{
    /// <summary>Tells every other instance that the content was reloaded here.</summary>
    Task AnnounceAsync(CancellationToken cancellationToken);

    /// <summary>Runs until cancelled, calling <paramref name="reloaded"/> with the id of the instance for each reload
    /// another instance announces (never for this one's own).</summary>
    Task ListenAsync(Func<string, Task> reloaded, CancellationToken cancellationToken);
}

/// <summary>One process per database (SQLite): nobody to tell, nothing to hear.</summary>
public sealed class SoleInstanceContentChanges : IContentChanges
{
    public Task AnnounceAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ListenAsync(Func<string, Task> reloaded, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
