using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Long polling. Our own loop over Telegram.Bot's GetUpdates rather than ReceiveAsync, whose loop has no
/// back-off, sends the HTTP timeout as the poll timeout (so quiet polls race the client timeout) and confirms updates
/// before they are handled. Here: new updates are dispatched and the next poll goes out as soon as the oldest one in
/// hand is done, while the rest are still being handled; its offset confirms only updates that are handled and saved to
/// <see cref="IUpdateOffsetStore"/>, so a restart neither loses nor repeats updates.</summary>
public sealed partial class PollingReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    IUpdateOffsetStore offsets,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TelegramRunState runState,
    TimeProvider time,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RepollWhileBusy = TimeSpan.FromMilliseconds(25);
    private int? _saved;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(TelegramMode.Polling, stoppingToken)) return;
        _saved = await offsets.LoadAsync(stoppingToken);
        LogPolling(_saved is { } first ? first + 1 : 0);
        dispatcher.Start();
        var backOff = new BackOff(time, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60));
        var dispatched = _saved;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Confirm (by the offset) only what is handled and saved: a crash then neither loses nor repeats updates.
            var handled = dispatcher.LastHandled ?? _saved;
            if (handled is { } done) await SaveAsync(done, stoppingToken);
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(handled is { } h ? h + 1 : 0, 100, options.Value.PollTimeoutSeconds, TelegramStartup.AllowedUpdates, stoppingToken);
                backOff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestException)
            {
                if (!await RecoverAsync(ex, backOff, stoppingToken)) return;
                continue;
            }
            // Updates still being handled come back until confirmed; only the new ones are dispatched.
            var fresh = 0;
            foreach (var update in updates)
            {
                if (dispatched is { } seen && update.Id <= seen) continue;
                dispatcher.Dispatch(update);
                dispatched = update.Id;
                fresh++;
            }
            if (updates.Length == 0 || fresh > 0) continue;
            try
            {
                // Nothing new: poll again once the oldest update in hand is done (confirming it), or after a short
                // while, so one slow chat (a retry_after, a slow handler) does not hold back the others' updates.
                await Task.WhenAny(dispatcher.WhenAdvancedAsync(handled, stoppingToken), Task.Delay(RepollWhileBusy, time, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(DrainGrace);
        if (dispatcher.LastHandled is { } handled) await SaveAsync(handled, CancellationToken.None);
        LogStopped(_saved);
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
            default:
                LogPollingFailed(ex, backOff.Failures, delay.TotalSeconds);
                break;
        }
        return await backOff.WaitAsync(delay, stoppingToken);
    }

    private async Task SaveAsync(int lastHandled, CancellationToken cancellationToken)
    {
        if (_saved is { } saved && saved >= lastHandled) return;
        try
        {
            await offsets.SaveAsync(lastHandled, cancellationToken);
            _saved = lastHandled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogSaveFailed(ex, lastHandled);
        }
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

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode}) while polling: check Telegram:Token. Stopping.")]
    private partial void LogTokenRejected(int errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save the last handled update {UpdateId}; a restart may handle it again")]
    private partial void LogSaveFailed(Exception exception, int updateId);
}
