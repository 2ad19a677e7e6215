namespace Bot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite file holding chats, subscriptions, the outbox, the announcement log and Quartz's tables (provider <c>Sqlite</c>).</summary>
    public string Path { get; set; } = "data/bot.db";

    /// <summary>Npgsql connection string (provider <c>Postgres</c>), e.g. <c>Host=db;Database=bot;Username=bot</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL password, kept apart from the connection string so that it can come from the environment
    /// (<c>Storage__Password</c>) or user-secrets while the rest sits in appsettings.json; wins over one in the string.</summary>
    public string? Password { get; set; }
}
