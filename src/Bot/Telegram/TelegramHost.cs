using Bot.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>The bot on Telegram: the shared composition (<c>BotApplication.CreateBuilder</c>) plus the Telegram edge.</summary>
public static class TelegramHost
{
    /// <summary>Adds the Telegram edge to the composition and builds the host (tests build it the same way).</summary>
    public static IHost Build(HostApplicationBuilder builder)
    {
        builder.Services.AddReminderDelivery(builder.Configuration);
        builder.Services.AddTelegramBot(builder.Configuration);
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
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures) await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            return 1;
        }
        await host.WaitForShutdownAsync(cancellationToken);
        return Environment.ExitCode;
    }
}
