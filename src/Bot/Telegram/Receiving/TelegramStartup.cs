using Bot.Core.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Receiving;

/// <summary>What happens once before updates flow: getMe, then together setMyCommands (default, zh, en) and
/// deleteWebhook (polling) or setWebhook (webhook). Network trouble is retried with back-off; a rejected token stops the host.</summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    IConversation conversation,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TelegramRunState runState,
    TimeProvider time,
    ILogger<TelegramStartup> logger)
{
    /// <summary>The updates we handle; edited messages are received so they can be ignored explicitly.</summary>
    public static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];

    private static readonly string?[] CommandLanguages = [null, "zh", "en"];

    /// <summary>False when the host is stopping (cancelled, or the token was rejected).</summary>
    public async Task<bool> RunAsync(TelegramMode mode, CancellationToken cancellationToken)
    {
        // Telegram is asked nothing before every service has started: a rejected token stops the host, and stopping a
        // host that is still starting cancels the services not yet started, whatever order they were registered in.
        if (!await HostStartedAsync(cancellationToken)) return false;
        var backOff = new BackOff(time, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(cancellationToken);
                identity.Set(me);
                LogConnected(me.Username, me.Id, mode);
                // The three menus and the receiving mode do not depend on each other: one round trip before updates flow, not four.
                var receiving = mode == TelegramMode.Polling
                    ? bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken)
                    : bot.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: options.Value.WebhookSecret,
                        maxConnections: Math.Min(100, options.Value.MaxConcurrentUpdates * 2), cancellationToken: cancellationToken);
                await Task.WhenAll([receiving, .. CommandLanguages.Select(language => SetCommandsAsync(language, cancellationToken))]);
                return true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                LogTokenRejected(ex.ErrorCode);
                runState.RejectToken();
                lifetime.StopApplication();
                return false;
            }
            catch (Exception ex) when (ex is RequestException && !cancellationToken.IsCancellationRequested)
            {
                var delay = backOff.Next();
                LogStartFailed(ex, backOff.Failures, delay.TotalSeconds);
                if (!await backOff.WaitAsync(delay, cancellationToken)) return false;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
        return false;
    }

    private async Task<bool> HostStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task SetCommandsAsync(string? language, CancellationToken cancellationToken)
    {
        var commands = conversation.Commands(language ?? "en")
            .Select(c => new BotCommand(c.Name, c.Description.Length > 256 ? c.Description[..256] : c.Description)).ToList();
        try
        {
            await bot.SetMyCommands(commands, BotCommandScope.Default(), language, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // A bad description must not keep the bot from answering; the menu just stays as it was.
            LogCommandsRefused(ex, language ?? "default");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as @{Username} ({BotId}), receiving by {Mode}")]
    private partial void LogConnected(string? username, long botId, TelegramMode mode);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode}): check Telegram:Token (BotFather /token). Stopping.")]
    private partial void LogTokenRejected(int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach Telegram at start (attempt {Attempt}); trying again in {DelaySeconds:0.0} s")]
    private partial void LogStartFailed(Exception exception, int attempt, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused the command list for language {Language}")]
    private partial void LogCommandsRefused(Exception exception, string language);
}
