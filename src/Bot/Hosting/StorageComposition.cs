using Bot.Storage;
using Bot.Storage.Postgres;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

public static class StorageComposition
{
    /// <summary>The backend <c>Storage:Provider</c> names: SQLite (the default, also for a misspelt provider, which the
    /// start's validation reports) or PostgreSQL.</summary>
    public static IServiceCollection AddConfiguredStorage(this IServiceCollection services, IConfiguration configuration) =>
        (configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions()).ParsedProvider == StorageProvider.Postgres
            ? services.AddPostgresStorage(configuration)
            : services.AddSqliteStorage(configuration);
}
