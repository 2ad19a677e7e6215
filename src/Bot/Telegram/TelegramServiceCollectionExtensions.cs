using Bot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram edge: validated options, one <see cref="ITelegramBotClient"/>, <see cref="TelegramSender"/>
    /// behind the <see cref="FloodGate"/>, the update pipeline and the receiver of the configured mode.
    /// Expects storage (the update inbox, the chat lifecycle) to be registered.
    /// Expects the conversation (<c>AddConversation</c>) to be registered.</summary>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddOptions<BotOptions>()
            .Configure(o => o.AdminUserIds = ListOf(configuration.GetSection($"{BotOptions.SectionName}:AdminUserIds")))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));

        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddOptions<FloodLimitOptions>().Bind(configuration.GetSection(FloodLimitOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Telegram:Limits has invalid values").ValidateOnStart();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TelegramRunState>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CallbackHandler>();
        services.AddSingleton<InlineHandler>();
        services.AddSingleton<MembershipHandler>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<TelegramStartup>();

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

    private static TelegramBotClient CreateClient(TelegramOptions options)
    {
        // Our own handler: no IHttpClientFactory logging, whose request lines would carry the token in the URL.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var clientOptions = new TelegramBotClientOptions(options.Token!, string.IsNullOrEmpty(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            // No in-library waiting on 429: TelegramSender waits for that chat only, and the gate hears about it.
            RetryThreshold = 0,
            RetryCount = 1,
        };
        return new TelegramBotClient(clientOptions, http)
        {
            // Longer than the long poll, so a quiet poll is answered before the client gives up on it.
            Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds * 1.25 + 2),
        };
    }

    /// <summary>An array section (<c>Bot:AdminUserIds:0</c>…) or one comma-separated value (<c>Bot__AdminUserIds=1,2</c>).</summary>
    private static List<string> ListOf(IConfigurationSection section) =>
        [.. (section.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
         .. section.GetChildren().Select(c => c.Value ?? "").Where(v => v.Length > 0)];
}
