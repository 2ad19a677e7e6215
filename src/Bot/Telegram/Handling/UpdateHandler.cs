using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Telegram.Handling;

/// <summary>One update, whatever it is. Never throws (except when cancelled): a failure is logged with the update id
/// and chat, and the member who waits for an answer gets a short apology.</summary>
public sealed partial class UpdateHandler(
    MessageHandler messages,
    CallbackHandler callbacks,
    InlineHandler inline,
    MembershipHandler membership,
    TelegramSender sender,
    ILogger<UpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            switch (update)
            {
                case { Message: { } message }:
                    await messages.HandleAsync(message, cancellationToken);
                    break;
                case { EditedMessage: { } edited }:
                    // Answering edits would repeat answers already given; ignored on purpose.
                    LogEditIgnored(update.Id, edited.Chat.Id);
                    break;
                case { CallbackQuery: { } query }:
                    await callbacks.HandleAsync(query, cancellationToken);
                    break;
                case { InlineQuery: { } query }:
                    await inline.HandleAsync(query, cancellationToken);
                    break;
                case { MyChatMember: { } change }:
                    await membership.HandleAsync(change, cancellationToken);
                    break;
                default:
                    LogIgnored(update.Id, update.Type.ToString());
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(ex, update.Id, UpdateMapping.OrderingKey(update));
            await ApologizeAsync(update, cancellationToken);
        }
    }

    private async Task ApologizeAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            if (update.Message is { } message && messages.ExpectsReply(message))
            {
                var chat = UpdateMapping.ChatOf(message);
                var apology = new BotReply(Html.Escape(Strings.For(message.From?.LanguageCode).Edge.Apology));
                await sender.SendReplyAsync(chat, apology, chat.IsGroup ? message.Id : null, SendPriority.Interactive, cancellationToken);
            }
            else if (update.CallbackQuery is { } query)
            {
                await sender.AnswerCallbackAsync(query.Id, Strings.For(query.From.LanguageCode).Edge.Apology, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogApologyFailed(ex, update.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} from chat {ChatId} failed")]
    private partial void LogFailed(Exception exception, int updateId, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apologise for update {UpdateId}")]
    private partial void LogApologyFailed(Exception exception, int updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId}: edited message in chat {ChatId} ignored")]
    private partial void LogEditIgnored(int updateId, long chatId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} of type {UpdateType} ignored")]
    private partial void LogIgnored(int updateId, string updateType);
}
