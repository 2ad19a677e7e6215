using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Bot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>How often a Quartz node says it is alive, and how long past that it counts as dead (its triggers are
    /// then taken over: about 9–16 s measured with 7.5 s, ../shared/docs/POSTGRES-NOTES.md).</summary>
    public static readonly TimeSpan ClusterCheckin = TimeSpan.FromSeconds(7.5);

    /// <summary>Everything in one PostgreSQL database (<c>Storage:ConnectionString</c>) that several instances may
    /// share: the bot's tables (migrated at start under an advisory lock) and Quartz's, which Quartz provisions and
    /// runs clustered (every node under the same <c>Reminders:SchedulerName</c>); reminder planning runs on one
    /// instance at a time (<see cref="PostgresSchedulingLock"/>).</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        services.AddSingleton<PostgresDatabase>().AddSingleton<IStoragePreparation>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<IChatStore, PostgresChatStore>().AddSingleton<IOutboxStore, PostgresOutboxStore>()
            .AddSingleton<IAnnouncementLog, PostgresAnnouncementLog>().AddSingleton<IUpdateInbox, PostgresUpdateInbox>()
            .AddSingleton<ISchedulingLock, PostgresSchedulingLock>().AddSingleton<ISharedUpdateInbox, PostgresSharedUpdateInbox>().AddSingleton<PostgresLeadership>()
            .AddSingleton<ISharedFloodBudget, PostgresFloodBudget>().AddSingleton<ISenderHistory, SharedBudgetSenderHistory>().AddSingleton<ILeadership>(sp => new RoleTrackingLeadership(sp.GetRequiredService<PostgresLeadership>(), sp.GetRequiredService<PlayedRoles>()))
            .AddSingleton<IClusterMembers, PostgresClusterMembers>().AddSingleton<IContentChanges, PostgresContentChanges>();
        services.AddSingleton<IStorageProbe>(sp =>
        {
            var database = sp.GetRequiredService<PostgresDatabase>();
            return new DatabaseProbe(async ct => await database.OpenAsync(ct));
        });

        // Quartz takes its store's settings while the container is built; the options are validated only at start, so
        // an unreadable connection string here is left for that validation to report.
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = PostgresConnection.TryCompose(options) ?? "Host=invalid";
        services.AddQuartz(q => q.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, connectionString);
            store.ProvisionSchema();
            store.UseClustering(c =>
            {
                c.CheckinInterval = ClusterCheckin;
                c.CheckinMisfireThreshold = ClusterCheckin;
            });
        }));
        return services;
    }
}
