namespace Bot.Storage;

/// <summary>What a backend does before the host starts, so that a database the bot cannot use is one message and an
/// exit code (<see cref="DatabaseUnusableException"/>, or SQLite's file in use by another process) rather than a failure
/// of whichever service touches it first: take the file's lock and migrate (SQLite), connect and migrate (PostgreSQL).
/// Idempotent.</summary>
public interface IStoragePreparation
{
    Task PrepareAsync(CancellationToken cancellationToken);
}
