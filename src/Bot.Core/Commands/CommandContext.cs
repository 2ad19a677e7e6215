using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <param name="Message">The whole incoming message (chat, sender with language and admin flag).</param>
/// <param name="Arguments">The text after the command, trimmed; empty when none.</param>
/// <param name="View">Catalog snapshot, strings, the chat's display zone and now, fixed for this message.</param>
/// <param name="Commands">Every routable command, for /help.</param>
public sealed record CommandContext(IncomingMessage Message, string Arguments, ReplyContext View, IReadOnlyList<IBotCommand> Commands)
{
    public Strings Strings => View.Strings;
    public CatalogSnapshot Catalog => View.Catalog;
    public string? LanguageCode => Message.From.LanguageCode;
    public ChatRef Chat => Message.Chat;
}
