using Microsoft.Extensions.Configuration;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Sending;

public static class SendingServiceCollectionExtensions
{
    /// <summary>The one way out to Telegram: <see cref="TelegramSender"/> behind the <see cref="FloodGate"/> with its
    /// <c>Telegram:Limits</c>, which are also the limits of the budget shared with other instances
    /// (<see cref="ISharedFloodBudget"/>, the storage's), and its start-up hold cut to what the previous process left
    /// (<see cref="SenderHandover"/>). Reports chats that are gone or migrated to the storage's chat lifecycle.</summary>
    public static IServiceCollection AddTelegramSending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<FloodLimitOptions, FloodLimitOptionsValidator>().Bind(configuration.GetSection(FloodLimitOptions.SectionName));
        services.AddOptions<SharedFloodLimits>().Configure<IOptions<FloodLimitOptions>>((shared, flood) =>
        {
            shared.OverallPerSecond = flood.Value.OverallPerSecond;
            shared.PerChat = flood.Value.PerChatPerSecond;
            shared.ChatWindow = FloodLimiters.ChatWindow(flood.Value);
            shared.PerGroup = flood.Value.PerGroupPerMinute;
            shared.GroupWindow = FloodLimiters.GroupWindow;
        });
        return services.AddSingleton<FloodGate>().AddHostedService<SenderHandover>().AddSingleton<TelegramSender>();
    }
}
