using Bot.Core.Conversation;

namespace Bot.Core.Commands;

/// <summary>One slash command. Implementations are registered in DI as <c>IBotCommand</c>; the conversation routes
/// <c>/name</c> (and <c>/name@OurBot</c>) to the one whose <see cref="Name"/> matches, case-insensitively.</summary>
public interface IBotCommand
{
    /// <summary>Without the slash, lower-case: <c>agenda</c>.</summary>
    string Name { get; }

    /// <summary>Listed by /help and setMyCommands; false for admin commands, which stay usable but unlisted.</summary>
    bool IsListed => true;

    /// <summary>One line for /help and setMyCommands, in the language of <paramref name="languageCode"/>.</summary>
    string Describe(string? languageCode);

    /// <summary>Never throws for any argument: bad input gets a usage line. Replies longer than Telegram allows are
    /// split by the conversation.</summary>
    ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
