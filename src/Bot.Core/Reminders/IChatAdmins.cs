using Bot.Core.Conversation;

namespace Bot.Core.Reminders;

/// <summary>Who may change a chat's reminders: in groups its administrators (Telegram's getChatMember), in private
/// chats the user.</summary>
public interface IChatAdmins
{
    ValueTask<ChatPermission> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default);
}

/// <summary>Unknown when Telegram could not be asked (429, network): the user is told to try again, not refused.</summary>
public enum ChatPermission
{
    Allowed,
    Denied,
    Unknown,
}
