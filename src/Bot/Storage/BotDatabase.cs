using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>The bot's SQLite file: created with its folder on first use, WAL, schema migrated to the latest version.</summary>
public sealed partial class BotDatabase
{
    private readonly ILogger<BotDatabase> _logger;
    private readonly Lazy<string> _connectionString;

    static BotDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public BotDatabase(IOptions<StorageOptions> options, ILogger<BotDatabase> logger)
    {
        _logger = logger;
        FilePath = System.IO.Path.GetFullPath(options.Value.Path);
        _connectionString = new Lazy<string>(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    /// <summary>Also handed to Quartz's ADO store, so both live in one file.</summary>
    public string ConnectionString => _connectionString.Value;

    public int SchemaVersion => SchemaMigrations.All[^1].Version;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private string Initialize()
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
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);");
        var current = connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version;") ?? 0;
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
