namespace Bot.Telegram.Sending;

/// <summary>Telegram's flood limits (<c>Telegram:Limits</c>). Telegram does not publish exact figures; these are the
/// FAQ's. The per-chat and per-group windows are stretched by <see cref="SafetyMargin"/> so that jitter between granting a
/// turn and the call reaching Telegram cannot push us over; the overall one needs none (its permits return a second
/// after Telegram's answer).</summary>
public sealed class FloodLimitOptions
{
    public const string SectionName = "Telegram:Limits";

    public int OverallPerSecond { get; set; } = 30;
    public int PerChatPerSecond { get; set; } = 1;
    public int PerGroupPerMinute { get; set; } = 20;
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Distinct chats answered 429 within a second before it is taken as a global flood (pause everything).</summary>
    public int GlobalFloodChats { get; set; } = 3;

    /// <summary>How long a new gate grants no turn at most. Telegram counts per bot token, not per process: a bot restarted
    /// within a second of its predecessor's last calls would otherwise add a full second's worth on top of them. The whole
    /// hold applies after a crash; after a clean stop only what is left of that second (<see cref="SenderHandover"/>).</summary>
    public TimeSpan StartupHold { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Broadcast messages between asking for a turn and recording the outcome, at most: enough to keep the overall
    /// rate busy across a send's round trip (a fifth of a second of the rate), and the most a crash can repeat.
    /// 0 = derived from <see cref="OverallPerSecond"/>.</summary>
    public int MaxInFlight { get; set; }

    public int EffectiveMaxInFlight => MaxInFlight > 0 ? MaxInFlight : Math.Max(4, (int)Math.Ceiling(OverallPerSecond / 5.0));
}
