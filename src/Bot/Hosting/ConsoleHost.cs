using Bot.ConsoleChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>The bot without a Telegram token: the shared composition plus the console chat over stdin/stdout.</summary>
public static class ConsoleHost
{
    public static IHost Build(HostApplicationBuilder builder)
    {
        builder.Services.AddConsoleChat(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Answers each input line until the input ends. Exit code 1 for invalid configuration, 3 when another process uses the database,
    /// 4 when the database cannot be opened or migrated.</summary>
    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        using var host = Build(builder);
        if (await BotApplication.TryStartAsync(host, cancellationToken) is not 0 and var failed) return failed;
        try
        {
            await host.Services.GetRequiredService<ConsoleChatSession>().RunAsync(input, output, interactive, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
