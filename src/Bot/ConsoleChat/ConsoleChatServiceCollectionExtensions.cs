using Bot.Content;
using Bot.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.ConsoleChat;

public static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>The offline chat on the terminal: its session, its single user who may manage every chat, and the
    /// pages read once at start (a chat session does not watch the folder).</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleChatSession>();
        services.AddSingleton<IChatAdmins, OfflineChatAdmins>();
        services.PostConfigure<ContentOptions>(o => o.Watch = false);
        return services;
    }
}
