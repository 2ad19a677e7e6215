using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Telegram.Receiving;

public static class ReceivingServiceCollectionExtensions
{
    /// <summary>How updates arrive: the start-up calls (getMe, setMyCommands, the webhook set or removed), the
    /// dispatcher with its inbox, and the receiver of <c>Telegram:Mode</c> (long polling or the webhook endpoint).</summary>
    public static IServiceCollection AddTelegramReceiving(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TelegramRunState>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<UpdateDispatcher>();
        var mode = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>()?.ParsedMode ?? TelegramMode.Polling;
        if (mode == TelegramMode.Webhook)
        {
            services.AddSingleton<WebhookServer>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookServer>());
        }
        else
        {
            services.AddSingleton<PollingReceiver>();
            services.AddHostedService(sp => sp.GetRequiredService<PollingReceiver>());
        }
        return services;
    }
}
