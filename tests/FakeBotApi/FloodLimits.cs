namespace FakeBotApi;

/// <summary>Telegram-shaped flood limits; null disables a limit. Group chats are those with a negative id.</summary>
public sealed record FloodLimits(int? OverallPerSecond = 30, int? PerChatPerSecond = 1, int? PerGroupPerMinute = 20)
{
    /// <summary>Telegram's documented figures: 30/s overall, 1/s per chat, 20/min per group.</summary>
    public static FloodLimits Telegram { get; } = new();
}
