namespace FakeBotApi;

/// <summary>A message as the server keeps it: the user's (from updates) or the bot's (sent, then maybe edited).</summary>
/// <param name="Text">Text after entity parsing (what the user sees).</param>
/// <param name="Html">The text as sent, before entity parsing (null for users' messages).</param>
/// <param name="ReplyMarkup">The inline keyboard as JSON, if any.</param>
public sealed record StoredMessage(long ChatId, int MessageId, bool FromBot, string Text, string? Html, string? ReplyMarkup, int? ThreadId);
