using Bot.Core.Reminders;
using Bot.Core.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage;

public static class StorageServiceCollectionExtensions
{

    /// <summary>What every backend shares: the <c>Storage</c> section, the conversation's subscription and time-zone
    /// ports, the chat lifecycle and the roles this instance plays in a cluster, all over the stores a backend registers (<c>AddSqliteStorage</c>, <c>AddPostgresStorage</c>).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<Subscriptions>()
            .AddSingleton<ISubscriptions>(sp => sp.GetRequiredService<Subscriptions>())
            .AddSingleton<IChatPreferences>(sp => sp.GetRequiredService<Subscriptions>());
        return services.AddSingleton<ChatLifecycle>().AddSingleton<PlayedRoles>();
    }
}
