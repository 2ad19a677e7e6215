using Bot.Core.Reminders;
using Bot.Content;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Reminders.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The conversational core over the content's catalog: every core <see cref="IBotCommand"/> and
    /// <see cref="ICallbackHandler"/>, <see cref="IConversation"/>, showing times in <c>Content:TimeZone</c> for chats
    /// that chose no zone. Hosts add commands by registering more <see cref="IBotCommand"/>s; chats' own zones come
    /// from the registered <see cref="IChatPreferences"/>.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ConversationOptions { TimeZone = sp.GetRequiredService<IOptions<ContentOptions>>().Value.TimeZone });

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

        services.AddSingleton<IConversation, CatalogConversation>();
        return services;
    }

    /// <summary>/subscribe /unsubscribe /reminders /tz, in every mode, over the stored subscriptions; who may change a
    /// group's settings is the mode's <see cref="IChatAdmins"/>.</summary>
    public static IServiceCollection AddSubscriptionCommands(this IServiceCollection services)
    {
        return services.AddSingleton<IBotCommand, SubscribeCommand>().AddSingleton<IBotCommand, UnsubscribeCommand>()
            .AddSingleton<IBotCommand, RemindersCommand>().AddSingleton<IBotCommand, TimeZoneCommand>();
    }
}
