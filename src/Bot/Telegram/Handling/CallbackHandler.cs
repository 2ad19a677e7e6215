using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Telegram.Handling;

/// <summary>A button press: the conversation gives the new content, the message is edited, the press is answered.</summary>
public sealed class CallbackHandler(IConversation conversation, TelegramSender sender, IOptions<BotOptions> botOptions)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var chat = query.Message is { } message ? UpdateMapping.ChatOf(message) : new ChatRef(query.From.Id, ChatKind.Private);
        var from = UpdateMapping.SenderOf(query.From, botOptions.Value.Admins);
        var reply = await conversation.HandleCallbackAsync(new IncomingCallback(chat, from, query.Data ?? ""), cancellationToken);
        if (reply is null)
        {
            await sender.AnswerCallbackAsync(query.Id, Strings.For(query.From.LanguageCode).Edge.StaleButton, cancellationToken);
            return;
        }
        if (reply.Document is not null)
            await sender.SendReplyAsync(chat, reply, null, SendPriority.Interactive, cancellationToken);
        else if (query.Message is { } pressed)
            await sender.EditAsync(pressed.Chat.Id, pressed.Id, reply, cancellationToken);
        else if (query.InlineMessageId is { } inlineMessage)
            await sender.EditInlineAsync(inlineMessage, reply, cancellationToken);
        await sender.AnswerCallbackAsync(query.Id, null, cancellationToken);
    }
}
