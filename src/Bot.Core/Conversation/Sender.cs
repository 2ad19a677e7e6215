namespace Bot.Core.Conversation;

/// <param name="LanguageCode">Telegram's IETF code of the user's client (<c>zh-hans</c>, <c>en</c>), if any.</param>
/// <param name="IsBotAdmin">Listed in <c>Bot:AdminUserIds</c>.</param>
public sealed record Sender(long UserId, string? LanguageCode, bool IsBotAdmin = false);
