using Bot.Content;
using Bot.Storage;
using Bot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>The bot's composition: configuration (appsettings.json beside the binary, user-secrets, environment,
/// command line), logging to stderr, the clock, and the parts every mode shares (content, storage, the conversation);
/// then the console chat when no Telegram token is set (<see cref="ConsoleHost"/>), the Telegram bot otherwise
/// (<see cref="TelegramHost"/>).</summary>
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
        builder.Services.AddConfiguredStorage(builder.Configuration);
        builder.Services.AddConversation();
        builder.Services.AddSubscriptionCommands();
        return builder;
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, bool interactive = false, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder(args);
        return string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Token"])
            ? await ConsoleHost.RunAsync(builder, input, output, interactive, cancellationToken)
            : await TelegramHost.RunAsync(builder, cancellationToken);
    }

    /// <summary>Exit code when another process holds the database (<c>Storage:Path</c>).</summary>
    public const int DatabaseInUseExitCode = 3;

    /// <summary>Exit code when the database (<c>Storage:Path</c>) cannot be opened or migrated, or its schema is newer than this build.</summary>
    public const int DatabaseUnusableExitCode = 4;

    /// <summary>Starts the host; 0 when it runs, else the exit code: 1 with every configuration problem printed by key on
    /// stderr when a section is invalid (options are validated at start), <see cref="DatabaseInUseExitCode"/> with the
    /// database named when another process uses it, <see cref="DatabaseUnusableExitCode"/> with the database named and
    /// what is wrong with it.</summary>
    public static async Task<int> TryStartAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            // Settings, then the database, before any service starts: a problem with either is one message and an exit
            // code, not the host's start failure with its stack trace.
            if (host.Services.GetService<IAsyncStartupValidator>() is { } settings) await settings.ValidateAsync(cancellationToken);
            await host.Services.GetRequiredService<IStoragePreparation>().PrepareAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures) await Console.Error.WriteLineAsync($"Configuration error: {failure}");
            return 1;
        }
        catch (DatabaseInUseException inUse)
        {
            await Console.Error.WriteLineAsync(inUse.Message);
            return DatabaseInUseExitCode;
        }
        catch (DatabaseUnusableException unusable)
        {
            await Console.Error.WriteLineAsync(unusable.Message);
            return DatabaseUnusableExitCode;
        }
    }

    /// <summary>Every validation failure of every section (one section fails alone, several as an AggregateException).</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many => [.. many.InnerExceptions.SelectMany(ConfigurationFailures)],
        _ => [],
    };
}
