using Bot.Core.Conversation;
using Bot.Storage;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Telegram.Handling;

/// <summary>A text message for the conversation (admin commands are among its commands; in groups it tells questions
/// for us by our mention or a reply to our message); replies go to the same chat and topic, in groups as replies to
/// the asking message.</summary>
public sealed class MessageHandler(
    IConversation conversation,
    TelegramSender sender,
    ChatLifecycle lifecycle,
    BotIdentity identity,
    IOptions<BotOptions> botOptions)
{
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } supergroup)
        {
            await lifecycle.ChatMigratedAsync(message.Chat.Id, supergroup, cancellationToken);
            return;
        }
        // A message from the chat shows the bot is there again (unblocked, added back): a chat deactivated earlier resumes.
        await lifecycle.CanWriteAgainAsync(message.Chat.Id, ChatBackReason.Wrote, cancellationToken);
        if (message.Text is not { } text || message.From is not { IsBot: false } from)
            return;
        var chat = UpdateMapping.ChatOf(message);
        var incoming = Incoming(message, text, from);
        var replies = await conversation.HandleMessageAsync(incoming, cancellationToken);
        var replyTo = chat.IsGroup ? message.Id : (int?)null;
        foreach (var reply in replies)
        {
            var result = await sender.SendReplyAsync(chat, reply, replyTo, SendPriority.Interactive, cancellationToken);
            if (result.Status == SendStatus.ChatGone) return;
            if (result.ChatId != chat.Id) (chat, replyTo) = (chat with { Id = result.ChatId }, null);
        }
    }

    /// <summary>Whether a member waits for an answer to this message (so a failure deserves an apology).</summary>
    public bool ExpectsReply(Message message) =>
        message.Text is { } text && message.From is { IsBot: false } from && Addressing.ExpectsAnswer(Incoming(message, text, from));

    private IncomingMessage Incoming(Message message, string text, User from) =>
        new(UpdateMapping.ChatOf(message), UpdateMapping.SenderOf(from, botOptions.Value.Admins), text, identity.Username,
            RepliesToBot: identity.Id is { } me && message.ReplyToMessage?.From?.Id == me);
}
