using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace Bot.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    private const string QuartzDataSource = "quartz-sqlite";

    /// <summary>Everything in one SQLite file (<c>Storage:Path</c>): chats and subscriptions, the outbox, the
    /// announcement log, the update inbox, and Quartz's tables. Quartz takes its connections from the same
    /// <see cref="SqliteDatabase"/>, so the file exists and is migrated before the scheduler touches it. A second
    /// process on the same file refuses to start (<see cref="DatabaseLock"/>).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<DatabaseLock>().AddHostedService(sp => sp.GetRequiredService<DatabaseLock>())
            .AddSingleton<IStoragePreparation>(sp => sp.GetRequiredService<DatabaseLock>())
            .AddSingleton<ISchedulingLock, ProcessSchedulingLock>()
            .AddSingleton<ISharedFloodBudget, SoleInstanceFloodBudget>().AddSingleton<ISenderHistory, SqliteSenderHistory>().AddSingleton<ILeadership>(sp => new RoleTrackingLeadership(new SoleInstanceLeadership(), sp.GetRequiredService<PlayedRoles>()))
            .AddSingleton<IClusterMembers, SoleInstanceMembers>().AddSingleton<IContentChanges, SoleInstanceContentChanges>();
        services.AddSingleton<IChatStore, SqliteChatStore>().AddSingleton<IOutboxStore, SqliteOutboxStore>()
            .AddSingleton<IAnnouncementLog, SqliteAnnouncementLog>().AddSingleton<IUpdateInbox, SqliteUpdateInbox>();
        services.AddSingleton<IStorageProbe>(sp =>
        {
            var database = sp.GetRequiredService<SqliteDatabase>();
            return new DatabaseProbe(async ct => await database.OpenUnpooledAsync(ct));
        });
        services.AddKeyedSingleton<DbDataSource>(QuartzDataSource, (sp, _) =>
            SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<SqliteDatabase>().ConnectionString));
        services.AddQuartz(q => q.UsePersistentStore(store =>
        {
            // What store.UseSqlite(options) does, minus its by-name driver lookup (which a Native AOT publish cannot
            // resolve): the connections come from the data source above, whose factory names no type.
            store.UseDriverDelegate<SQLiteDelegate>();
            store.UseDataSource(o =>
            {
                o.Provider = DataSourceOptions.Providers.Sqlite;
                o.DataSourceServiceKey = QuartzDataSource;
            });
            store.ProvisionSchema();
        }));
        return services;
    }
}
