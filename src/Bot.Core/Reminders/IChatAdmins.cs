using Bot.Core.Conversation;

namespace Bot.Core.Reminders;

/// <summary>Who may change a chat's reminders: in groups its administrators (Telegram's getChatMember), in private
/// chats the user.</summary>
public interface IChatAdmins
{
    ValueTask<bool> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default);
}
