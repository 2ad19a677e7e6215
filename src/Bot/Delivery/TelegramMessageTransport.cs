using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Delivery;

/// <summary>sendMessage in HTML over Telegram.Bot. The client must have <c>RetryThreshold = 0</c>: its built-in
/// 429 retry sleeps inside the call, which would hold a turn of the gate while other chats could be served.</summary>
public sealed class TelegramMessageTransport(ITelegramBotClient bot) : IMessageTransport
{
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendMessage(
                message.ChatId, message.Html, ParseMode.Html, messageThreadId: message.ThreadId,
                linkPreviewOptions: new() { IsDisabled = true }, cancellationToken: cancellationToken);
            return new SendResult.Sent();
        }
        catch (ApiRequestException ex)
        {
            return Classify(ex);
        }
        catch (RequestException ex)
        {
            return new SendResult.Transient(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult.Transient(ex.Message);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult.Transient("timeout: " + ex.Message);
        }
    }

    public static SendResult Classify(ApiRequestException ex) => ex switch
    {
        { Parameters.MigrateToChatId: { } newId } => new SendResult.Migrated(newId),
        { ErrorCode: 429 } => new SendResult.TooManyRequests(TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1))),
        { ErrorCode: >= 500 } => new SendResult.Transient($"{ex.ErrorCode} {ex.Message}"),
        { ErrorCode: 403 } => new SendResult.ChatGone($"403 {ex.Message}"),
        { ErrorCode: 400 } when IsChatGone(ex.Message) => new SendResult.ChatGone($"400 {ex.Message}"),
        _ => new SendResult.Rejected($"{ex.ErrorCode} {ex.Message}"),
    };

    private static bool IsChatGone(string description) =>
        description.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
        || description.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase)
        || description.Contains("bot was kicked", StringComparison.OrdinalIgnoreCase)
        || description.Contains("not enough rights", StringComparison.OrdinalIgnoreCase);
}
