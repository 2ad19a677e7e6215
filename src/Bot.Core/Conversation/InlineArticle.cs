namespace Bot.Core.Conversation;

/// <summary>One result of inline mode (<c>@bot words</c>): a title line and the card it sends.</summary>
public sealed record InlineArticle(string Id, string Title, string? Description, BotReply Card);
