using Microsoft.Extensions.Logging;

namespace Bot.Tests.Content;

/// <summary>A logger that holds the thread of its first warning until released: a seam to stop a content load
/// between reading the folder (its page warnings are logged then) and swapping the catalog.</summary>
internal sealed class HoldingLogger<T> : ILogger<T>, IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _warnings;

    /// <summary>Completes when the first warning's thread is being held.</summary>
    public Task Held => _held.Task;

    public void Release() => _release.Set();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning && Interlocked.Increment(ref _warnings) == 1)
        {
            _held.SetResult();
            _release.Wait(TimeSpan.FromMinutes(1));
        }
    }

    public void Dispose() => _release.Dispose();
}
