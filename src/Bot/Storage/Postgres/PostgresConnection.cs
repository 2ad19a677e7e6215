using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>The connection string as configured, with the password from <c>Storage:Password</c> when one is set, and
/// the form of it that may be logged.</summary>
public static class PostgresConnection
{
    /// <summary>What is wrong with the configured connection string (null: usable), worded after its key and never quoting it.</summary>
    public static string? Problem(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return $"must be set when {StorageOptions.SectionName}:{nameof(options.Provider)} is {nameof(StorageProvider.Postgres)} (e.g. Host=db;Database=bot;Username=bot; the password in {StorageOptions.SectionName}:{nameof(options.Password)}).";
        }

        try
        {
            return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(options.ConnectionString).Host)
                ? "must name the server (Host=...)."
                : null;
        }
        catch (ArgumentException ex)
        {
            return $"is not a valid Npgsql connection string ({ex.Message.TrimEnd('.')}).";
        }
    }

    public static string Compose(StorageOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (!string.IsNullOrEmpty(options.Password)) builder.Password = options.Password;
        return builder.ConnectionString;
    }

    /// <summary>The connection string without its password: what logs and error messages may show.</summary>
    public static string Redacted(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ConnectionString;
}
