using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>Long polling. Our own loop over Telegram.Bot's GetUpdates rather than ReceiveAsync, whose loop has no
/// back-off, sends the HTTP timeout as the poll timeout (so quiet polls race the client timeout) and confirms updates
/// before anything keeps them. Here each batch is kept in the <see cref="IUpdateInbox"/> and dispatched before the next
/// poll confirms it, so Telegram never forgets an update we have not kept: a crash or restart loses nothing, and what
/// was kept but not handled is handled after the restart. Polls never return an update twice, and one slow chat holds
/// back nobody.</summary>
public sealed partial class PollingReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TelegramRunState runState,
    TimeProvider time,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(3);

    /// <summary>Beyond this many updates in hand, polling waits for the oldest to be handled. Many chats' worth: one chat
    /// holds at most <c>Telegram:MaxQueuedUpdatesPerChat</c>, so it cannot pause polling for the others.</summary>
    private const int MaxInHand = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(TelegramMode.Polling, stoppingToken)) return;
        var received = await dispatcher.StartAsync(stoppingToken);
        LogPolling(received is { } first ? first + 1 : 0);
        var backOff = new BackOff(time, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (dispatcher.Pending >= MaxInHand) await dispatcher.WhenAdvancedAsync(dispatcher.LastHandled, stoppingToken);
                // The offset confirms every update received so far: all of them are in the inbox.
                var updates = await bot.GetUpdates(received is { } r ? r + 1 : 0, 100, options.Value.PollTimeoutSeconds, TelegramStartup.AllowedUpdates, stoppingToken);
                var fresh = received is { } seen ? Array.FindAll(updates, u => u.Id > seen) : updates;
                if (fresh.Length > 0)
                {
                    await dispatcher.AcceptAsync(fresh, stoppingToken);
                    received = fresh.Max(u => u.Id);
                }
                backOff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestException or System.Data.Common.DbException or IOException)
            {
                // A batch the inbox could not keep is not confirmed: the next poll asks for it again.
                if (!await RecoverAsync(ex, backOff, stoppingToken)) return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(DrainGrace);
        LogStopped(dispatcher.LastHandled);
    }

    /// <summary>False when the host must stop.</summary>
    private async Task<bool> RecoverAsync(Exception ex, BackOff backOff, CancellationToken stoppingToken)
    {
        var delay = backOff.Next();
        switch (ex)
        {
            case ApiRequestException { ErrorCode: 401 or 404 } rejected:
                LogTokenRejected(rejected.ErrorCode);
                runState.RejectToken();
                lifetime.StopApplication();
                return false;
            case ApiRequestException { ErrorCode: 409 } conflict:
                LogConflict(conflict.Message, delay.TotalSeconds);
                break;
            case ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } retryAfter }:
                delay = TimeSpan.FromSeconds(retryAfter);
                LogRateLimited(retryAfter);
                break;
            case System.Data.Common.DbException or IOException:
                LogInboxFailed(ex, delay.TotalSeconds);
                break;
            default:
                LogPollingFailed(ex, backOff.Failures, delay.TotalSeconds);
                break;
        }
        return await backOff.WaitAsync(delay, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling for updates from offset {Offset}")]
    private partial void LogPolling(int offset);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling stopped; last handled update {UpdateId}")]
    private partial void LogStopped(int? updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "409 Conflict from Telegram: {Description}. Another process is receiving updates for this token (a second instance, or a webhook set elsewhere): stop it, or give this bot its own token. Polling again in {DelaySeconds:0.0} s")]
    private partial void LogConflict(string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates rate limited; polling again in {RetryAfter} s")]
    private partial void LogRateLimited(int retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Failures} in a row); polling again in {DelaySeconds:0.0} s")]
    private partial void LogPollingFailed(Exception exception, int failures, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep received updates in the inbox; they stay unconfirmed and are polled again in {DelaySeconds:0.0} s")]
    private partial void LogInboxFailed(Exception exception, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode}) while polling: check Telegram:Token. Stopping.")]
    private partial void LogTokenRejected(int errorCode);
}
