using Bot.Storage;
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
            // Instances sharing a database may all receive (behind a load balancer), so they share the chats' order too.
            var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
            if (storage.ParsedProvider == StorageProvider.Postgres) services.AddSingleton<IUpdateQueue, SharedUpdateDispatcher>();
            else services.AddSingleton<IUpdateQueue>(sp => sp.GetRequiredService<UpdateDispatcher>());
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
