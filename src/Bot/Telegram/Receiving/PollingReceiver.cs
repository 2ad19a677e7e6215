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
/// back nobody. Several instances on one database poll one at a time (Telegram ends all but the newest getUpdates with
/// 409): only the player of <see cref="ClusterRole.Polling"/> polls and handles updates, the others stand by. A new
/// poller starts from what its predecessor kept: the dispatcher opens the inbox only once the role is taken.</summary>
public sealed partial class PollingReceiver(
    ITelegramBotClient bot,
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    ILeadership leadership,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TelegramRunState runState,
    TimeProvider time,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan InboxRetry = TimeSpan.FromSeconds(5);

    /// <summary>Beyond this many updates in hand, polling waits for the oldest to be handled. Many chats' worth: one chat
    /// holds at most <c>Telegram:MaxQueuedUpdatesPerChat</c>, so it cannot pause polling for the others.</summary>
    private const int MaxInHand = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(TelegramMode.Polling, stoppingToken)) return;
        var backOff = new BackOff(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!stoppingToken.IsCancellationRequested)
        {
            ILeadershipLease lease;
            try
            {
                lease = await leadership.AcquireAsync(ClusterRole.Polling, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or DatabaseUnusableException)
            {
                var delay = backOff.Next();
                LogElectionFailed(ex, delay.TotalSeconds);
                if (!await backOff.WaitAsync(delay, stoppingToken)) return;
                continue;
            }

            backOff.Reset();
            await using (lease)
            {
                if (!await PlayAsync(lease, stoppingToken)) return;
            }
        }
    }

    /// <summary>Polls while this instance plays the role. True when the role was lost and the instance goes back to
    /// waiting; false when the host stops. Either way the dispatcher is stopped before the role is given up, so nothing
    /// is in hand here once another instance may take the same updates from the inbox.</summary>
    private async Task<bool> PlayAsync(ILeadershipLease lease, CancellationToken stoppingToken)
    {
        using var playing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
        var goOn = true;
        try
        {
            var received = await dispatcher.StartAsync(playing.Token);
            LogPolling(received is { } first ? first + 1 : 0);
            goOn = await PollAsync(received, playing.Token);
        }
        catch (Exception ex) when (playing.IsCancellationRequested && (ex is OperationCanceledException || ex.InnerException is OperationCanceledException))
        {
            // Telegram.Bot wraps a cancellation that lands while it reads a reply in a RequestException.
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException)
        {
            // The inbox could not be opened: nothing is in hand yet. Give the role back after a pause and start over.
            LogInboxFailed(ex, InboxRetry.TotalSeconds);
            await new BackOff(time, InboxRetry, InboxRetry).WaitAsync(InboxRetry, playing.Token);
        }

        if (!goOn || stoppingToken.IsCancellationRequested)
        {
            await dispatcher.StopAsync(DrainGrace);
            LogStopped(dispatcher.LastHandled);
            return false;
        }

        // Another instance may poll and read the inbox already: what is in hand here is cancelled at once and handled
        // there (so an update in hand at the loss may be answered twice, never lost).
        await dispatcher.StopAsync(TimeSpan.Zero);
        if (lease.Lost.IsCancellationRequested) LogStandingBy(dispatcher.LastHandled);
        return true;
    }

    /// <summary>Returns when cancelled (true) or when the host must stop (false: Telegram rejected the token).</summary>
    private async Task<bool> PollAsync(int? received, CancellationToken cancellationToken)
    {
        var backOff = new BackOff(time, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                while (dispatcher.Pending >= MaxInHand) await dispatcher.WhenAdvancedAsync(dispatcher.LastHandled, cancellationToken);
                // The offset confirms every update received so far: all of them are in the inbox.
                var updates = await bot.GetUpdates(received is { } r ? r + 1 : 0, 100, options.Value.PollTimeoutSeconds, TelegramStartup.AllowedUpdates, cancellationToken);
                var fresh = received is { } seen ? Array.FindAll(updates, u => u.Id > seen) : updates;
                if (fresh.Length > 0)
                {
                    await dispatcher.AcceptAsync(fresh, cancellationToken);
                    received = fresh.Max(u => u.Id);
                }
                backOff.Reset();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is RequestException or System.Data.Common.DbException or IOException)
            {
                // A batch the inbox could not keep is not confirmed: the next poll asks for it again.
                if (!await RecoverAsync(ex, backOff, cancellationToken)) return cancellationToken.IsCancellationRequested;
            }
        }
        return true;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped polling: this instance no longer plays the polling role (last handled update {UpdateId}); standing by to take it again")]
    private partial void LogStandingBy(int? updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask the database which instance polls; asking again in {DelaySeconds:0.0} s")]
    private partial void LogElectionFailed(Exception exception, double delaySeconds);

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
