using Bot.Core.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Telegram.Handling;

public static class HandlingServiceCollectionExtensions
{
    /// <summary>What the bot does with an update: <see cref="UpdateHandler"/> and the handlers for messages, button
    /// presses, inline queries and membership changes; the <c>Bot</c> section (who is a bot admin); group
    /// administrators per Telegram for the subscription commands.</summary>
    public static IServiceCollection AddTelegramHandling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<BotOptions, BotOptionsValidator>()
            .Configure(o => o.AdminUserIds = ListOf(configuration.GetSection($"{BotOptions.SectionName}:AdminUserIds")));
        services.AddSingleton<IChatAdmins, TelegramChatAdmins>();
        return services.AddSingleton<UpdateHandler>().AddSingleton<MessageHandler>().AddSingleton<CallbackHandler>()
            .AddSingleton<InlineHandler>().AddSingleton<MembershipHandler>();
    }

    /// <summary>An array section (<c>Bot:AdminUserIds:0</c>…) or one comma-separated value (<c>Bot__AdminUserIds=1,2</c>).</summary>
    private static List<string> ListOf(IConfigurationSection section) =>
        [.. (section.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
         .. section.GetChildren().Select(c => c.Value ?? "").Where(v => v.Length > 0)];
}
