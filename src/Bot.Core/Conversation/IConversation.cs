namespace Bot.Core.Conversation;

/// <summary>The whole conversational core: text in, replies out. The Telegram edge and the console chat both
/// drive it; neither knows any command.</summary>
public interface IConversation
{
    /// <summary>Replies to a message, in order; empty when the message is not for us (groups: plain text that neither
    /// mentions nor replies to us, unknown commands, <c>/cmd@OtherBot</c>).</summary>
    ValueTask<IReadOnlyList<BotReply>> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default);

    /// <summary>The new content of the message whose button was pressed, or null when the data is stale or unknown.</summary>
    ValueTask<BotReply?> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> inline results; an empty query gives upcoming events.</summary>
    IReadOnlyList<InlineArticle> AnswerInline(string query, string? languageCode, int limit = 20);

    /// <summary>The public commands with descriptions in the language of <paramref name="languageCode"/>.</summary>
    IReadOnlyList<CommandInfo> Commands(string? languageCode);
}
