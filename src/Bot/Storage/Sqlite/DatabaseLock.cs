using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage.Sqlite;

/// <summary>Holds <c>{database}.lock</c> exclusively from start to stop, before the file is created or migrated: Quartz
/// runs unclustered and the outbox has one dispatcher, so a second process on the same file must not start at all.
/// The lock is the operating system's (released when the process dies, even by a kill), not the file's existence.</summary>
internal sealed partial class DatabaseLock(SqliteDatabase database, ILogger<DatabaseLock> logger) : IHostedService, IStoragePreparation, IDisposable
{
    private FileStream? _held;

    public string LockPath => database.FilePath + ".lock";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Acquire();
        return Task.CompletedTask;
    }

    /// <summary>Takes the lock, then creates and migrates the file; once (the start calls it again when the application
    /// took it before starting the host, to report a database it cannot use before anything else starts).</summary>
    public void Acquire()
    {
        if (_held is not null)
        {
            return;
        }

        if (Path.GetDirectoryName(LockPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            _held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException ex)
        {
            throw new DatabaseInUseException(database.FilePath, LockPath, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DatabaseUnusableException(database.FilePath, $"its lock file {LockPath} cannot be created ({ex.Message})", ex);
        }

        _ = database.ConnectionString; // creates and migrates the file now, under the lock (DatabaseUnusableException if it cannot)
        LogHeld(LockPath);
    }

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        Acquire();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Holding {LockPath} for the life of the process")]
    private partial void LogHeld(string lockPath);
}
