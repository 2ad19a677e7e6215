using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The connection to the Bot API that sending, handling and receiving share: the validated <c>Telegram</c>
    /// section, one <see cref="ITelegramBotClient"/>, and who the bot is (<see cref="BotIdentity"/>).</summary>
    public static IServiceCollection AddTelegramClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<TelegramOptions, TelegramOptionsValidator>().Bind(configuration.GetSection(TelegramOptions.SectionName));
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        return services.AddSingleton<BotIdentity>();
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
}
