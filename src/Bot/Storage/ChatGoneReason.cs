namespace Bot.Storage;

/// <summary>Why the bot can no longer write to a chat.</summary>
public enum ChatGoneReason
{
    /// <summary>my_chat_member: the bot left or was removed from the group.</summary>
    Left,
    /// <summary>my_chat_member: kicked (banned) from a group, or a private chat whose user blocked the bot.</summary>
    Kicked,
    /// <summary>A send answered 403 meaning the bot is gone for good (blocked by the user, kicked, not a member, chat
    /// or user deactivated); a 403 about missing rights deactivates nothing.</summary>
    Forbidden,
    /// <summary>A send answered 400 "chat not found".</summary>
    ChatNotFound,
}
