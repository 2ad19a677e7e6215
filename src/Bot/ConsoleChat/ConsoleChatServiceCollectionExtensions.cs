using Bot.Core.Reminders;
using Bot.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.ConsoleChat;

public static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>The offline chat on the terminal: the <c>ConsoleChat</c> section, its session, its single user who may
    /// manage every chat, and the pages read once at start (a chat session does not watch the folder).</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsoleChatOptions>().Bind(configuration.GetSection(ConsoleChatOptions.SectionName));
        services.PostConfigure<ContentOptions>(o => o.Watch = false);
        return services.AddSingleton<ConsoleChatSession>().AddSingleton<IChatAdmins, OfflineChatAdmins>();
    }
}
