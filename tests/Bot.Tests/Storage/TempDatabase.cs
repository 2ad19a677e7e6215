using Bot.Storage;
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
        Chats = new ChatStore(Database, Time);
        Outbox = new OutboxStore(Database, Time);
        Announcements = new AnnouncementLog(Database, Time);
    }

    public string Folder { get; }
    public string FilePath { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    public BotDatabase Database { get; }
    public ChatStore Chats { get; }
    public OutboxStore Outbox { get; }
    public AnnouncementLog Announcements { get; }

    /// <summary>Another process's view of the same file (a restart).</summary>
    public BotDatabase Open() =>
        new(Options.Create(new StorageOptions { Path = FilePath }), NullLogger<BotDatabase>.Instance);

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
