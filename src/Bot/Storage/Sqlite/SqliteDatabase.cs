using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Sqlite;

/// <summary>The bot's SQLite file: created with its folder and migrated to the latest schema before the first connection
/// is handed out (to our stores and to Quartz alike), in WAL mode.</summary>
public sealed partial class SqliteDatabase
{
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Lazy<string> _connectionString;
    private readonly SemaphoreSlim _writeTurn = new(1, 1);

    static SqliteDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        _logger = logger;
        FilePath = System.IO.Path.GetFullPath(options.Value.Path);
        _connectionString = new Lazy<string>(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    /// <summary>Also handed to Quartz's ADO store, so both live in one file; reading it first creates and migrates the file.</summary>
    public string ConnectionString => _connectionString.Value;

    public int SchemaVersion => SchemaMigrations.All[^1].Version;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>A connection to write through, once this process's other writers are done with theirs. SQLite lets one
    /// writer in at a time, and Microsoft.Data.Sqlite answers a busy file by sleeping 150 ms and retrying: 300 outcomes
    /// written a second during a broadcast, each from its own worker, stalled sending for whole fractions of a second.
    /// Taking turns here costs microseconds. Dispose the writer to give the turn back; never open a second one inside it.</summary>
    public async Task<SqliteWriter> OpenWriterAsync(CancellationToken cancellationToken = default)
    {
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            return new SqliteWriter(await OpenAsync(cancellationToken), _writeTurn);
        }
        catch
        {
            _writeTurn.Release();
            throw;
        }
    }

    /// <summary>A connection of its own to the file as it is now, which must exist: what a health check asks through (a
    /// pooled connection would still answer for a file deleted under it).</summary>
    public async Task<SqliteConnection> OpenUnpooledAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates and migrates the file; whatever SQLite or the file system says is wrong with it becomes one
    /// <see cref="DatabaseUnusableException"/> naming the file.</summary>
    private string Initialize()
    {
        try
        {
            return CreateAndMigrate();
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw DatabaseUnusableException.Unreadable(FilePath, ex);
        }
    }

    private string CreateAndMigrate()
    {
        if (System.IO.Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        // A file damaged past its header opens fine and fails only the query that reaches the damage: find it now.
        if (connection.ExecuteScalar<string>("PRAGMA quick_check(1);") is { } check && check != "ok")
        {
            throw DatabaseUnusableException.Damaged(FilePath, check);
        }

        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);");
        var current = connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version;") ?? 0;
        if (current > SchemaVersion)
        {
            throw DatabaseUnusableException.TooNew(FilePath, current, SchemaVersion);
        }

        foreach (var (version, sql) in SchemaMigrations.All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (@version, datetime('now'));",
                new { version }, transaction);
            transaction.Commit();
            LogMigrated(FilePath, version);
        }

        return connectionString;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} migrated to schema version {Version}")]
    private partial void LogMigrated(string path, int version);
}
