using Bot.Core.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace Bot.Telegram.Sending;

/// <summary>Answers to queries (a button press, an inline query): calls addressed to no chat, so they pass the flood gate
/// at once.</summary>
public sealed partial class TelegramSender
{
    public Task<SendResult> AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        ExecuteAsync(new OutboundCall("answerCallbackQuery", null, SendPriority.Interactive), 0, async (_, ct) =>
        {
            await bot.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct);
            return null;
        }, cancellationToken);

    public Task<SendResult> AnswerInlineAsync(string inlineQueryId, IReadOnlyList<InlineArticle> articles, CancellationToken cancellationToken)
    {
        var results = articles.Take(50).Select(a => new InlineQueryResultArticle(a.Id, a.Title,
            new InputTextMessageContent(a.Card.Html) { ParseMode = ParseMode.Html, LinkPreviewOptions = NoPreview })
        {
            Description = a.Description,
            ReplyMarkup = ReplyMarkup.From(a.Card.Buttons),
        }).ToList();
        return ExecuteAsync(new OutboundCall("answerInlineQuery", null, SendPriority.Interactive), 0, async (_, ct) =>
        {
            await bot.AnswerInlineQuery(inlineQueryId, results, cacheTime: 60, cancellationToken: ct);
            return null;
        }, cancellationToken);
    }
}
