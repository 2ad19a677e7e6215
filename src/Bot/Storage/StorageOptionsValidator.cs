using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Storage;

/// <summary>Checks the <c>Storage</c> section at start and reports every problem with its key. A connection string is
/// never quoted back: it may hold the password.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => options.KnownProvider switch
    {
        null => Fail($"{nameof(options.Provider)} must be {nameof(StorageProvider.Sqlite)} or {nameof(StorageProvider.Postgres)}."),
        StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.Path) =>
            Fail($"{nameof(options.Path)} must name the database file."),
        StorageProvider.Postgres when ConnectionStringProblem(options) is { } problem =>
            Fail($"{nameof(options.ConnectionString)} {problem}"),
        _ => ValidateOptionsResult.Success,
    };

    /// <summary>What is wrong with the configured connection string (null: usable), worded after its key and never quoting it.</summary>
    private static string? ConnectionStringProblem(StorageOptions options)
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

    private static ValidateOptionsResult Fail(string message) => ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:{message}");
}
