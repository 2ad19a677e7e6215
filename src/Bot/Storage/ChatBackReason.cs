namespace Bot.Storage;

/// <summary>How Telegram showed that the bot may write to a deactivated chat again.</summary>
public enum ChatBackReason
{
    /// <summary>my_chat_member: the bot was added back (or a user who had blocked it started it again).</summary>
    Added,
    /// <summary>my_chat_member: the bot is a member or administrator again (its rights were restored).</summary>
    MemberAgain,
    /// <summary>A message came from the chat.</summary>
    Wrote,
}
