namespace Bot.Storage;

/// <summary>The database cannot be opened or migrated (a SQLite file corrupt, not a database or unreadable; a PostgreSQL
/// server unreachable or refusing the login), or its schema is newer than this build knows: the bot stops at start with
/// this message instead of failing every command later.</summary>
public sealed class DatabaseUnusableException(string databasePath, string problem, Exception? inner = null)
    : Exception($"The database {databasePath} cannot be used: {problem}", inner)
{
    private const string Remedy = "Restore it from a backup, or move it aside to start with an empty database.";

    public string DatabasePath { get; } = databasePath;

    /// <summary>SQLite could not open, read or migrate the file.</summary>
    public static DatabaseUnusableException Unreadable(string databasePath, Exception inner) =>
        new(databasePath, $"{inner.Message.TrimEnd('.')}. {Remedy}", inner);

    /// <summary>The file opens but SQLite's own check finds damage (<paramref name="firstProblem"/>).</summary>
    public static DatabaseUnusableException Damaged(string databasePath, string firstProblem) =>
        new(databasePath, $"SQLite finds it damaged ({firstProblem}). {Remedy}");

    /// <summary>The file was written by a newer version of the bot: migrating down is not possible, writing to it could lose data.</summary>
    public static DatabaseUnusableException TooNew(string databasePath, int fileVersion, int knownVersion) =>
        new(databasePath, $"its schema version is {fileVersion}, newer than the {knownVersion} this version of the bot knows. Run the newer bot, or restore a backup made by this version.");
}
