using Bot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>/reload and /stats: commands like the others, unlisted, answered only to <c>Bot:AdminUserIds</c>; this
    /// instance's heartbeat in the cluster register that /stats lists; the listener that reloads when another instance
    /// answered /reload.</summary>
    public static IServiceCollection AddAdminCommands(this IServiceCollection services)
    {
        services.AddSingleton<ClusterHeartbeat>().AddHostedService(sp => sp.GetRequiredService<ClusterHeartbeat>());
        services.AddSingleton<ClusterReload>().AddHostedService(sp => sp.GetRequiredService<ClusterReload>());
        return services.AddSingleton<IBotCommand, ReloadCommand>().AddSingleton<IBotCommand, StatsCommand>();
    }
}
