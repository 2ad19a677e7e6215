using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Receiving;

/// <summary>Hands the webhook's web application loggers from the bot's own factory, so Kestrel's warnings and errors
/// (an unhandled exception, a slow heartbeat) reach the bot's log with its filters and sinks.</summary>
internal sealed class HostLoggerProvider(ILoggerFactory hostLoggers) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => hostLoggers.CreateLogger(categoryName);

    /// <summary>The factory belongs to the bot's host, which outlives the web application.</summary>
    public void Dispose()
    {
    }
}
