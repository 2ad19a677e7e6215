namespace Bot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> or <c>Postgres</c> (a string, so that a misspelt one is a validation message, not a binder crash).</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary><see cref="Provider"/> as the enum; null when it names none (validation reports that at start).</summary>
    public StorageProvider? KnownProvider =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var provider) && !int.TryParse(Provider, out _) ? provider : null;

    /// <summary>The backend to compose: SQLite unless <see cref="Provider"/> names PostgreSQL.</summary>
    public StorageProvider ParsedProvider => KnownProvider ?? StorageProvider.Sqlite;

    /// <summary>SQLite file holding chats, subscriptions, the outbox, the announcement log and Quartz's tables (provider <c>Sqlite</c>).</summary>
    public string Path { get; set; } = "data/bot.db";

    /// <summary>Npgsql connection string (provider <c>Postgres</c>), e.g. <c>Host=db;Database=bot;Username=bot</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL password, kept apart from the connection string so that it can come from the environment
    /// (<c>Storage__Password</c>) or user-secrets while the rest sits in appsettings.json; wins over one in the string.</summary>
    public string? Password { get; set; }
}
