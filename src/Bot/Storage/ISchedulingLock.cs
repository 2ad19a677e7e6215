namespace Bot.Storage;

/// <summary>Makes whatever plans reminder triggers from the catalog run on one instance at a time: when every node of a
/// Quartz cluster plans at once, a one-shot that had just fired (and been deleted) is created again and fires twice.</summary>
public interface ISchedulingLock
{
    /// <summary>True when other instances may change the schedule between two plans of this one, so that what this one
    /// remembers of Quartz's triggers must be read again under the lock.</summary>
    bool Shared { get; }

    /// <summary>Waits for the lock; disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>One process per database (SQLite): nothing to coordinate.</summary>
public sealed class ProcessSchedulingLock : ISchedulingLock, IAsyncDisposable
{
    public bool Shared => false;

    public Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
