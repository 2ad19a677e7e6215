using Bot.Storage;
using Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp folder (which does not exist yet, as on a first start).</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "bot.db");
        Database = Open();
        Chats = new SqliteChatStore(Database, Time);
        Outbox = new SqliteOutboxStore(Database, Time);
        Announcements = new SqliteAnnouncementLog(Database, Time);
    }

    public string Folder { get; }
    public string FilePath { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    public SqliteDatabase Database { get; }
    public SqliteChatStore Chats { get; }
    public SqliteOutboxStore Outbox { get; }
    public SqliteAnnouncementLog Announcements { get; }

    /// <summary>Another process's view of the same file (a restart).</summary>
    public SqliteDatabase Open() =>
        new(Options.Create(new StorageOptions { Path = FilePath }), NullLogger<SqliteDatabase>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A test host still holding the file must not fail the test; the OS temp cleaner gets it.
        }
    }
}
