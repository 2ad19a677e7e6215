using Bot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>/reload and /stats: commands like the others, unlisted, answered only to <c>Bot:AdminUserIds</c>.</summary>
    public static IServiceCollection AddAdminCommands(this IServiceCollection services)
    {
        return services.AddSingleton<IBotCommand, ReloadCommand>().AddSingleton<IBotCommand, StatsCommand>();
    }
}
