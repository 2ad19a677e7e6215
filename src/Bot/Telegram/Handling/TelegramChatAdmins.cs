using Bot.Core.Reminders;
using Bot.Core.Conversation;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Handling;

/// <summary>Group administrators per Telegram's getChatMember; when Telegram cannot say (429, 5xx, network), the answer
/// is "unknown" and the user is asked to try again: a real admin must not be told they are none.</summary>
public sealed partial class TelegramChatAdmins(ITelegramBotClient bot, ILogger<TelegramChatAdmins> logger) : IChatAdmins
{
    public async ValueTask<ChatPermission> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default)
    {
        if (chat.Kind == ChatKind.Private)
        {
            return ChatPermission.Allowed;
        }

        try
        {
            var member = await bot.GetChatMember(chat.Id, userId, cancellationToken);
            return member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator ? ChatPermission.Allowed : ChatPermission.Denied;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            // Telegram answered: the user is not in the group, or the bot may not look; either way not an admin it can confirm.
            LogNotConfirmed(chat.Id, userId, ex.ErrorCode);
            return ChatPermission.Denied;
        }
        catch (RequestException ex)
        {
            LogCheckFailed(ex, chat.Id, userId);
            return ChatPermission.Unknown;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "getChatMember for user {UserId} in chat {ChatId} failed; the user is asked to try again")]
    private partial void LogCheckFailed(Exception exception, long chatId, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "getChatMember for user {UserId} in chat {ChatId} answered {Status}; not an administrator")]
    private partial void LogNotConfirmed(long chatId, long userId, int status);
}
