using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Sending;

/// <summary>Hands the token's flood window from one process to the next: at start the flood gate's start-up hold is cut
/// to what the previous process's last calls need (none after a clean stop more than a second ago, or on a fresh
/// database), and a clean stop is recorded for the next process. After a crash, or when the history cannot be read, the
/// whole hold (<see cref="FloodLimitOptions.StartupHold"/>) stays.</summary>
internal sealed partial class SenderHandover(
    FloodGate gate, ISenderHistory history, IOptions<FloodLimitOptions> limits, TimeProvider time, ILogger<SenderHandover> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var previous = await history.StartAsync(cancellationToken);
            var window = FloodLimiters.OverallWindow + limits.Value.SafetyMargin;
            gate.ShortenStartupHold(previous.Hold(time.GetUtcNow(), window, limits.Value.StartupHold));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHistoryUnread(ex, limits.Value.StartupHold.TotalSeconds);
        }
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await history.StoppedAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStopUnrecorded(ex);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read when the previous process stopped sending; the first {Seconds} s of sending are held")]
    private partial void LogHistoryUnread(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record this clean stop; the next start holds its first second of sending")]
    private partial void LogStopUnrecorded(Exception exception);
}
