namespace Bot.Storage.Sqlite;

/// <summary>Another process holds the database's lock file: two bots on one file would send everything twice.</summary>
public sealed class DatabaseInUseException(string databasePath, string lockPath, Exception inner)
    : Exception($"The database {databasePath} is in use by another process (it holds {lockPath}). Stop that process, or "
        + "give this one its own Storage:Path.", inner)
{
    public string DatabasePath { get; } = databasePath;
}
