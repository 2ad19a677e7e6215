using Bot.Admin;
using Bot.Reminders;
using Bot.Telegram;
using Bot.Telegram.Handling;
using Bot.Telegram.Receiving;
using Bot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>The bot on Telegram: the shared composition (<c>BotApplication.CreateBuilder</c>) plus the Telegram edge.</summary>
public static class TelegramHost
{
    /// <summary>Adds the Telegram edge to the composition and builds the host (tests build it the same way).</summary>
    public static IHost Build(HostApplicationBuilder builder)
    {
        // Within a 5 s stop the receiver hands back what it cannot finish (it stays in the inbox).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddTelegramClient(builder.Configuration);
        builder.Services.AddTelegramSending(builder.Configuration);
        builder.Services.AddTelegramHandling(builder.Configuration);
        builder.Services.AddTelegramReceiving(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.AddAdminCommands();
        return builder.Build();
    }

    /// <summary>Runs until SIGTERM/Ctrl+C. Exit code 1 for invalid configuration (every problem printed with its key),
    /// 2 when Telegram rejects the token.</summary>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        using var host = Build(builder);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures) await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            return 1;
        }
        await host.WaitForShutdownAsync(cancellationToken);
        return host.Services.GetRequiredService<TelegramRunState>().TokenRejected ? 2 : 0;
    }

    /// <summary>Every validation failure of every section (one section fails alone, several as an AggregateException).</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many => [.. many.InnerExceptions.SelectMany(ConfigurationFailures)],
        _ => [],
    };
}
