using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Telegram.Sending;

public static class SendingServiceCollectionExtensions
{
    /// <summary>The one way out to Telegram: <see cref="TelegramSender"/> behind the <see cref="FloodGate"/> with its
    /// <c>Telegram:Limits</c>. Reports chats that are gone or migrated to the storage's chat lifecycle.</summary>
    public static IServiceCollection AddTelegramSending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<FloodLimitOptions, FloodLimitOptionsValidator>().Bind(configuration.GetSection(FloodLimitOptions.SectionName));
        return services.AddSingleton<FloodGate>().AddSingleton<TelegramSender>();
    }
}
