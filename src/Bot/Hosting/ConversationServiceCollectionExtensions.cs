using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The conversational core and its content: <see cref="EventCatalog"/> (loaded at start by
    /// <see cref="ContentCatalogLoader"/>), every core <see cref="IBotCommand"/> and <see cref="ICallbackHandler"/>,
    /// <see cref="IConversation"/>. Hosts add commands by registering more <see cref="IBotCommand"/>s, and replace
    /// <see cref="IChatPreferences"/> (default: none) to give chats their own zone.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ContentSettings>().Bind(configuration.GetSection(ContentSettings.SectionName));
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);
        services.TryAddSingleton<EventCatalog>();
        services.TryAddSingleton<ContentCatalogLoader>();
        services.TryAddSingleton<IChatPreferences, NoChatPreferences>();
        services.AddHostedService<InitialContentLoad>();

        foreach (var command in CoreCommands.Create())
        {
            services.AddSingleton<IBotCommand>(command);
            if (command is ICallbackHandler handler)
            {
                services.AddSingleton<ICallbackHandler>(handler);
            }
        }

        foreach (var handler in CoreCommands.CardCallbacks())
        {
            services.AddSingleton(handler);
        }

        services.TryAddSingleton<IConversation, CatalogConversation>();
        return services;
    }
}
