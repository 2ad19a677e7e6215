namespace Bot.Telegram.Sending;

/// <summary>One call to the Bot API about to be made by <see cref="TelegramSender"/>.</summary>
/// <param name="Method">Bot API method (<c>sendMessage</c>, <c>editMessageText</c>, <c>answerCallbackQuery</c>…).</param>
/// <param name="ChatId">The chat it writes to; null for calls not addressed to a chat (answerInlineQuery,
/// answerCallbackQuery), which are not messages and pass the flood gate at once.</param>
public sealed record OutboundCall(string Method, long? ChatId, SendPriority Priority);
