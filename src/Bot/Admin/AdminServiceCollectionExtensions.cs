using Bot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>/reload and /stats: commands like the others, unlisted, answered only to <c>Bot:AdminUserIds</c>; and
    /// this instance's heartbeat in the cluster register that /stats lists.</summary>
    public static IServiceCollection AddAdminCommands(this IServiceCollection services)
    {
        services.AddSingleton<ClusterHeartbeat>().AddHostedService(sp => sp.GetRequiredService<ClusterHeartbeat>());
        return services.AddSingleton<IBotCommand, ReloadCommand>().AddSingleton<IBotCommand, StatsCommand>();
    }
}
