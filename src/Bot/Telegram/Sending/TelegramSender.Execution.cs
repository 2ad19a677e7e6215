using Bot.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.Telegram.Sending;

public sealed partial class TelegramSender
{
    /// <summary>Runs one call with the flood gate, Telegram's error rules and bounded retries. <paramref name="send"/> gets
    /// the chat to write to (it changes after a migration) and returns the message created, or null for calls that create none.</summary>
    private async Task<SendResult> ExecuteAsync(OutboundCall call, long chatId, Func<long, CancellationToken, Task<Message?>> send, CancellationToken cancellationToken)
    {
        RequestException? lastFailure = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var turn = await WaitTurnAsync(call, cancellationToken);
            try
            {
                Message? message;
                try
                {
                    message = await send(chatId, cancellationToken);
                }
                finally
                {
                    if (call.ChatId is not null) await CompletedAsync(turn);
                }

                return SendResult.Sent(message?.Chat.Id ?? chatId, message is null ? [] : [message.Id]);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                if (call.ChatId is { } limited) gate.ReportTooManyRequests(limited, wait);
                LogRateLimited(call.Method, chatId, (int)wait.TotalSeconds);
                if (wait.TotalSeconds > options.Value.MaxRetryAfterSeconds)
                    return new SendResult(SendStatus.RateLimited, chatId, [], ex.ErrorCode, ex.Message, wait);
                WorkerSlot.ReleaseCurrent();
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } supergroup)
            {
                await ReportAsync(() => lifecycle.ChatMigratedAsync(chatId, supergroup, cancellationToken));
                LogMigrated(chatId, supergroup);
                chatId = supergroup;
                call = call with { ChatId = supergroup };
            }
            catch (ApiRequestException ex) when (IsChatGone(ex))
            {
                var reason = ex.ErrorCode == 403 ? ChatGoneReason.Forbidden : ChatGoneReason.ChatNotFound;
                LogChatGone(call.Method, chatId, ex.Message);
                await ReportAsync(() => lifecycle.BotRemovedAsync(chatId, reason, cancellationToken));
                return new SendResult(SendStatus.ChatGone, chatId, [], ex.ErrorCode, ex.Message);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 403)
            {
                // Forbidden for now (admins restricted the bot): the chat stays subscribed and later sends may pass.
                LogForbiddenForNow(call.Method, chatId, ex.Message);
                return new SendResult(SendStatus.Failed, chatId, [], ex.ErrorCode, ex.Message);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode < 500)
            {
                // 400 is about this call (bad HTML, too long); 401, 404 and the like are about the bot, which may be fixed.
                LogRefused(ex, call.Method, chatId, ex.ErrorCode);
                return new SendResult(ex.ErrorCode == 400 ? SendStatus.Rejected : SendStatus.Failed, chatId, [], ex.ErrorCode, ex.Message);
            }
            catch (RequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // 5xx, network failure, timeout: Telegram may be briefly down; try again a little later.
                lastFailure = ex;
                var delay = TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1));
                LogTransient(call.Method, chatId, attempt, ex.Message);
                if (attempt < MaxAttempts)
                {
                    WorkerSlot.ReleaseCurrent();
                    await Task.Delay(delay, time, cancellationToken);
                }
            }
        }
        LogGaveUp(call.Method, chatId, MaxAttempts);
        return new SendResult(SendStatus.Failed, chatId, [], (lastFailure as ApiRequestException)?.ErrorCode, lastFailure?.Message);
    }

    /// <summary>Calls to a chat take a turn at the gate, then in the shared budget (again before each retry); calls
    /// without a chat are not messages. A turn not granted at once can be a minute away (a group over its limit): the
    /// dispatcher's worker is given up for other chats meanwhile, and this chat's later updates wait for this one as before.</summary>
    private async Task<FloodTurn> WaitTurnAsync(OutboundCall call, CancellationToken cancellationToken)
    {
        if (call.ChatId is not { } chatId) return FloodTurn.Free;
        var local = gate.WaitTurnAsync(chatId, chatId < 0, call.Priority, cancellationToken);
        if (!local.IsCompleted) WorkerSlot.ReleaseCurrent();
        await local;
        try
        {
            while (true)
            {
                var turn = await budget.TryTakeAsync(chatId, chatId < 0, call.Priority == SendPriority.Interactive, cancellationToken);
                if (turn.Granted) return turn;
                WorkerSlot.ReleaseCurrent();
                await Task.Delay(turn.RetryIn < MaxSharedWait ? turn.RetryIn : MaxSharedWait, time, cancellationToken);
            }
        }
        catch
        {
            gate.Completed(); // the local turn was granted but no call follows
            throw;
        }
    }

    private async ValueTask CompletedAsync(FloodTurn turn)
    {
        gate.Completed();
        await budget.CompletedAsync(turn);
    }

    // Other instances' turns end at their own pace: ask again at least this often, whatever the wait the budget named.
    private static readonly TimeSpan MaxSharedWait = TimeSpan.FromSeconds(1);

    private static bool IsChatGone(ApiRequestException ex) => ex.ErrorCode switch
    {
        403 => ForbiddenForGood.Matches(ex.Message),
        400 => ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private async Task ReportAsync(Func<ValueTask> report)
    {
        try
        {
            await report();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLifecycleFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram answered 429 to {Method} for chat {ChatId}: retry after {RetryAfter} s")]
    private partial void LogRateLimited(string method, long chatId, int retryAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} migrated to supergroup {SupergroupId}; sending there")]
    private partial void LogMigrated(long chatId, long supergroupId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} to chat {ChatId} refused, the chat is gone: {Description}")]
    private partial void LogChatGone(string method, long chatId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} to chat {ChatId} forbidden for now, the chat stays subscribed: {Description}")]
    private partial void LogForbiddenForNow(string method, long chatId, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused {Method} to chat {ChatId} with {ErrorCode}")]
    private partial void LogRefused(Exception exception, string method, long chatId, int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} to chat {ChatId} failed (attempt {Attempt}): {Reason}")]
    private partial void LogTransient(string method, long chatId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} to chat {ChatId} still failing after {Attempts} attempts; giving up")]
    private partial void LogGaveUp(string method, long chatId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram could not parse our HTML for chat {ChatId} ({Description}); sent as plain text")]
    private partial void LogUnparsableHtml(string description, long chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The chat lifecycle handler failed")]
    private partial void LogLifecycleFailed(Exception exception);
}
