using Bot.Core.Conversation;
using Bot.Telegram.Sending;
using Telegram.Bot.Types;

namespace Bot.Telegram.Handling;

/// <summary><c>@bot words</c> in any chat: up to 20 article results; an empty query lists upcoming events.</summary>
public sealed class InlineHandler(IConversation conversation, TelegramSender sender)
{
    public const int MaxResults = 20;

    public async Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var articles = conversation.AnswerInline(query.Query.Trim(), query.From.LanguageCode, MaxResults);
        await sender.AnswerInlineAsync(query.Id, [.. articles.Take(MaxResults)], cancellationToken);
    }
}
