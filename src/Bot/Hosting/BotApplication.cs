using System.Globalization;
using Bot.ConsoleChat;
using Bot.Content;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Hosting;

/// <summary>The bot's composition: configuration (appsettings.json beside the binary, user-secrets, environment,
/// command line), logging to stderr, the conversation; then the console chat when no Telegram token is set.</summary>
public static class BotApplication
{
    /// <summary><c>--content DIR</c> and <c>--lang zh|en</c> on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--content"] = "Content:Path",
        ["--lang"] = "ConsoleChat:Language",
    };

    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // User-secrets in every environment (the token lives there on a developer's machine), then environment and
        // command line again so they keep precedence over secrets.
        builder.Configuration.AddUserSecrets(typeof(BotApplication).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args, SwitchMappings.ToDictionary());

        // stdout belongs to the chat; every log line goes to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddContent(builder.Configuration);
        builder.Services.AddSqliteStorage(builder.Configuration);
        builder.Services.AddConversation();
        builder.Services.AddSubscriptionCommands();
        return builder;
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, bool interactive = false, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder(args);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Token"]))
        {
            return await TelegramHost.RunAsync(builder, cancellationToken);
        }

        builder.Services.AddConsoleChat();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var language = builder.Configuration["ConsoleChat:Language"] ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            await host.Services.GetRequiredService<ConsoleChatSession>().RunAsync(input, output, language, interactive, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
