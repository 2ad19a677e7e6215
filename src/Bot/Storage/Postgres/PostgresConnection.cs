using Npgsql;

namespace Bot.Storage.Postgres;

/// <summary>The connection string as configured, with the password from <c>Storage:Password</c> when one is set, and
/// the form of it that may be logged.</summary>
public static class PostgresConnection
{
    /// <summary>As <see cref="Compose"/>; null when the connection string cannot be read (the start's validation says why).</summary>
    public static string? TryCompose(StorageOptions options)
    {
        try
        {
            return string.IsNullOrWhiteSpace(options.ConnectionString) ? null : Compose(options);
        }
        catch (ArgumentException)
        {
            return null;
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
