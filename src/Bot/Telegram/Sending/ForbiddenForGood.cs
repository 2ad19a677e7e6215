namespace Bot.Telegram.Sending;

/// <summary>Telegram's 403 descriptions that mean the bot cannot write to the chat until someone there acts (unblocks it,
/// adds it back): only these deactivate a chat. Any other 403 ("not enough rights to send text messages" while the
/// admins restrict the bot for a while) leaves the subscription alone: a later send may pass again.</summary>
internal static class ForbiddenForGood
{
    private static readonly string[] Phrases =
    [
        "bot was blocked by the user",
        "bot was kicked from", // the group chat, the supergroup chat, the channel chat
        "bot is not a member of", // the supergroup chat, the channel chat
        "user is deactivated",
        "group chat was deleted",
    ];

    public static bool Matches(string description) =>
        Array.Exists(Phrases, phrase => description.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
