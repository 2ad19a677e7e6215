using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Text;
using Bot.Storage;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Handling;

/// <summary>my_chat_member: added to a group → introduce ourselves; removed or blocked → tell the chat lifecycle; member or
/// administrator again → the lifecycle reactivates the chat if it had been deactivated.</summary>
public sealed partial class MembershipHandler(TelegramSender sender, ChatLifecycle lifecycle, BotIdentity identity, ILogger<MembershipHandler> logger)
{
    public async Task HandleAsync(ChatMemberUpdated change, CancellationToken cancellationToken)
    {
        var chat = new ChatRef(change.Chat.Id, UpdateMapping.KindOf(change.Chat.Type));
        var wasIn = IsIn(change.OldChatMember.Status);
        var isIn = IsIn(change.NewChatMember.Status);
        if (!wasIn && isIn)
        {
            LogAdded(chat.Id, change.Chat.Type, UserText.ForLog(change.Chat.Title), change.From.Id);
            await lifecycle.BotAddedAsync(chat, change.From.Id, cancellationToken);
            if (chat.IsGroup)
            {
                var hello = Strings.For(change.From.LanguageCode).Edge.Introduction(identity.Username);
                await sender.SendReplyAsync(chat, new BotReply(hello), null, SendPriority.Interactive, cancellationToken);
            }
        }
        else if (wasIn && !isIn)
        {
            var reason = change.NewChatMember.Status == ChatMemberStatus.Kicked ? ChatGoneReason.Kicked : ChatGoneReason.Left;
            LogRemoved(chat.Id, change.Chat.Type, reason);
            await lifecycle.BotRemovedAsync(chat.Id, reason, cancellationToken);
        }
        else if (change.NewChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator)
        {
            // Still in, with its rights back (restricted → member/administrator): a chat deactivated meanwhile resumes.
            await lifecycle.CanWriteAgainAsync(chat.Id, ChatBackReason.MemberAgain, cancellationToken);
        }
    }

    private static bool IsIn(ChatMemberStatus status) =>
        status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Creator or ChatMemberStatus.Restricted;

    [LoggerMessage(Level = LogLevel.Information, Message = "Added to {ChatType} chat {ChatId} ({Title}) by user {UserId}")]
    private partial void LogAdded(long chatId, ChatType chatType, string title, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from {ChatType} chat {ChatId}: {Reason}")]
    private partial void LogRemoved(long chatId, ChatType chatType, ChatGoneReason reason);
}
