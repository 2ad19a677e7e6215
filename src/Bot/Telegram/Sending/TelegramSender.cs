using Bot.Core.Conversation;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Sending;

/// <summary>The one way out to Telegram: every message, document, edit and answer goes through here, and every call
/// to a chat first waits its turn at the <see cref="FloodGate"/>, then in the budget shared with the other instances
/// sending with this token (<see cref="ISharedFloodBudget"/>). Handles Telegram's answers: 429 waits for that chat
/// only, migration re-sends to the supergroup, 403/"chat not found" are reported to the <see cref="ChatLifecycle"/>, 5xx
/// and network errors are retried with back-off, HTML Telegram cannot parse is re-sent as plain text.</summary>
public sealed partial class TelegramSender(
    ITelegramBotClient bot,
    FloodGate gate,
    ISharedFloodBudget budget,
    ChatLifecycle lifecycle,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramSender> logger)
{
    private const int MaxAttempts = 4;
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends a reply: HTML, its buttons, its document; in groups as a reply to <paramref name="replyToMessageId"/>, in forum topics in the topic.</summary>
    public async Task<SendResult> SendReplyAsync(ChatRef chat, BotReply reply, int? replyToMessageId, SendPriority priority, CancellationToken cancellationToken)
    {
        var replyTo = replyToMessageId is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        var keyboard = ReplyMarkup.From(reply.Buttons);
        if (reply.Document is not { } document)
            return await SendTextAsync(chat.Id, reply.Html, priority, chat.ThreadId, replyTo, keyboard, cancellationToken);

        var captionFits = HtmlText.PlainLength(reply.Html) <= 1024;
        List<int> sent = [];
        var chatId = chat.Id;
        if (!captionFits)
        {
            var text = await SendTextAsync(chatId, reply.Html, priority, chat.ThreadId, replyTo, keyboard, cancellationToken);
            if (!text.IsSent) return text;
            (chatId, replyTo, keyboard) = (text.ChatId, null, null);
            sent.AddRange(text.MessageIds);
        }
        var caption = captionFits ? reply.Html : null;
        var file = await ExecuteAsync(new OutboundCall("sendDocument", chatId, priority), chatId, async (target, ct) =>
            await bot.SendDocument(target, InputFile.FromStream(new MemoryStream(document.Content), document.FileName), caption, ParseMode.Html,
                replyParameters: target == chatId ? replyTo : null, replyMarkup: keyboard, messageThreadId: chat.ThreadId, cancellationToken: ct), cancellationToken);
        return file with { MessageIds = [.. sent, .. file.MessageIds] };
    }

    /// <summary>Sends Telegram HTML to a chat (reminders and announcements use this with their priority).</summary>
    public Task<SendResult> SendTextAsync(long chatId, string html, SendPriority priority, int? threadId = null,
        ReplyParameters? replyTo = null, InlineKeyboardMarkup? keyboard = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new OutboundCall("sendMessage", chatId, priority), chatId, async (target, ct) =>
        {
            try
            {
                // After a migration the asking message stays in the old group: no quote then.
                return await bot.SendMessage(target, html, ParseMode.Html, target == chatId ? replyTo : null, keyboard, NoPreview, threadId, cancellationToken: ct);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.Ordinal))
            {
                // Our HTML is built escaped; should a bug slip through, the member still gets the words.
                LogUnparsableHtml(ex.Message, target);
                return await bot.SendMessage(target, HtmlText.ToPlain(html), ParseMode.None, target == chatId ? replyTo : null, keyboard, NoPreview, threadId, cancellationToken: ct);
            }
        }, cancellationToken);

    /// <summary>Replaces the content of a message the bot sent (a button press).</summary>
    public async Task<SendResult> EditAsync(long chatId, int messageId, BotReply reply, CancellationToken cancellationToken)
    {
        var keyboard = ReplyMarkup.From(reply.Buttons);
        return await ExecuteAsync(new OutboundCall("editMessageText", chatId, SendPriority.Interactive), chatId, async (target, ct) =>
        {
            try
            {
                return await bot.EditMessageText(target, messageId, reply.Html, ParseMode.Html, keyboard, NoPreview, cancellationToken: ct);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.Ordinal))
            {
                return null; // pressing the same page twice: nothing to change, nothing wrong
            }
        }, cancellationToken);
    }

    /// <summary>Edits a message sent through inline mode (it has no chat for the bot).</summary>
    public Task<SendResult> EditInlineAsync(string inlineMessageId, BotReply reply, CancellationToken cancellationToken) =>
        ExecuteAsync(new OutboundCall("editMessageText", null, SendPriority.Interactive), 0, async (_, ct) =>
        {
            await bot.EditMessageText(inlineMessageId, reply.Html, ParseMode.Html, ReplyMarkup.From(reply.Buttons), NoPreview, cancellationToken: ct);
            return null;
        }, cancellationToken);
}
