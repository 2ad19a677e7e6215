using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>The bot's PostgreSQL database: one pooled data source, migrated to the latest schema before the first
/// connection is handed out. Several instances start together, so migrations run in one transaction under an advisory
/// lock: the second instance waits, then finds nothing left to do.</summary>
public sealed partial class PostgresDatabase : IStoragePreparation, IAsyncDisposable
{
    /// <summary>Advisory lock keys (any bigint, the same in every instance; "bot-mig" and "bot-plan" in ASCII).</summary>
    internal const long MigrationLockKey = 0x626f_742d_6d69_67;
    internal const long SchedulingLockKey = 0x626f_742d_706c_616e;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly Lazy<Task> _migrated;

    static PostgresDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public PostgresDatabase(IOptions<StorageOptions> options, ILogger<PostgresDatabase> logger)
    {
        _logger = logger;
        ConnectionString = PostgresConnection.Compose(options.Value);
        Description = PostgresConnection.Redacted(ConnectionString);
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        _migrated = new Lazy<Task>(() => MigrateAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>With the password: for Quartz's store, never for a log.</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string without the password: what logs and messages name the database by.</summary>
    public string Description { get; }

    /// <summary>This process among the instances sharing the database (outbox claims name it).</summary>
    public string InstanceId { get; } = InstanceIds.New();

    public int SchemaVersion => PostgresSchemaMigrations.All[^1].Version;

    public Task PrepareAsync(CancellationToken cancellationToken) => _migrated.Value.WaitAsync(cancellationToken);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Whatever the server or the network says is wrong becomes one <see cref="DatabaseUnusableException"/>
    /// naming the database without its password.</summary>
    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MigrateCoreAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new DatabaseUnusableException(Description,
                $"{ex.Message.TrimEnd('.')}. Check {StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)} and that the server accepts this user.", ex);
        }
    }

    private async Task MigrateCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@MigrationLockKey)", new { MigrationLockKey }, tx);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            transaction: tx);
        var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version", transaction: tx) ?? 0;
        if (current > SchemaVersion)
        {
            throw DatabaseUnusableException.TooNew(Description, current, SchemaVersion);
        }

        foreach (var (version, sql) in PostgresSchemaMigrations.All.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(sql, transaction: tx);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", new { version }, tx);
            LogMigrated(Description, version);
        }

        await tx.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} migrated to schema version {Version}")]
    private partial void LogMigrated(string database, int version);
}
