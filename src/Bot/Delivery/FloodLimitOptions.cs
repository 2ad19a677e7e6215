namespace Bot.Delivery;

/// <summary>Telegram's flood limits (<c>Telegram:Limits</c>). Telegram does not publish exact figures; these are the
/// FAQ's, and every window is stretched by <see cref="SafetyMargin"/> so that jitter between granting a turn and the call
/// reaching Telegram cannot push us over.</summary>
public sealed class FloodLimitOptions
{
    public const string SectionName = "Telegram:Limits";

    public int OverallPerSecond { get; set; } = 30;
    public int PerChatPerSecond { get; set; } = 1;
    public int PerGroupPerMinute { get; set; } = 20;
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Distinct chats answered 429 within a second before it is taken as a global flood (pause everything).</summary>
    public int GlobalFloodChats { get; set; } = 3;

    public IEnumerable<string> Validate()
    {
        if (OverallPerSecond < 1) yield return $"{SectionName}:{nameof(OverallPerSecond)} must be at least 1";
        if (PerChatPerSecond < 1) yield return $"{SectionName}:{nameof(PerChatPerSecond)} must be at least 1";
        if (PerGroupPerMinute < 1) yield return $"{SectionName}:{nameof(PerGroupPerMinute)} must be at least 1";
        if (SafetyMargin < TimeSpan.Zero || SafetyMargin > TimeSpan.FromSeconds(1)) yield return $"{SectionName}:{nameof(SafetyMargin)} must be between 0 and 1 s";
    }
}
