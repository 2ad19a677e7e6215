namespace Bot.Core.Conversation;

/// <summary>A reply as a value: Telegram HTML (only b, i, a, code, pre, blockquote; balanced; ≤ 4096 characters
/// after entity parsing), optional inline keyboard rows, optional document (sent with the HTML as caption).</summary>
public sealed record BotReply(string Html)
{
    public IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons { get; init; } = [];
    public ReplyDocument? Document { get; init; }
}
