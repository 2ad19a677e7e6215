using Bot.Admin;
using Bot.Reminders;
using Bot.Telegram;
using Bot.Telegram.Handling;
using Bot.Telegram.Receiving;
using Bot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>The bot on Telegram: the shared composition (<see cref="BotApplication.CreateBuilder"/>) plus the Telegram edge,
/// the reminders, and the admin commands.</summary>
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

    /// <summary>Runs until SIGTERM/Ctrl+C. Exit code 1 for invalid configuration (every problem printed with its key), 3 when another process uses the database,
    /// 4 when the database cannot be opened or migrated, 2 when Telegram rejects the token.</summary>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        using var host = Build(builder);
        if (await BotApplication.TryStartAsync(host, cancellationToken) is not 0 and var failed) return failed;
        await host.WaitForShutdownAsync(cancellationToken);
        return host.Services.GetRequiredService<TelegramRunState>().TokenRejected ? 2 : 0;
    }
}
