using Bot.Storage.Postgres;
using Microsoft.Extensions.Options;

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
        StorageProvider.Postgres when PostgresConnection.Problem(options) is { } problem =>
            Fail($"{nameof(options.ConnectionString)} {problem}"),
        _ => ValidateOptionsResult.Success,
    };

    private static ValidateOptionsResult Fail(string message) => ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:{message}");
}
