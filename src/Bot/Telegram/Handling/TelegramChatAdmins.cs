using Bot.Core.Reminders;
using Bot.Core.Conversation;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Handling;

/// <summary>Group administrators per Telegram's getChatMember; when Telegram cannot say, the answer is no.</summary>
public sealed partial class TelegramChatAdmins(ITelegramBotClient bot, ILogger<TelegramChatAdmins> logger) : IChatAdmins
{
    public async ValueTask<bool> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default)
    {
        if (chat.Kind == ChatKind.Private)
        {
            return true;
        }

        try
        {
            var member = await bot.GetChatMember(chat.Id, userId, cancellationToken);
            return member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (RequestException ex)
        {
            LogCheckFailed(ex, chat.Id, userId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "getChatMember for user {UserId} in chat {ChatId} failed; treated as not an administrator")]
    private partial void LogCheckFailed(Exception exception, long chatId, long userId);
}
