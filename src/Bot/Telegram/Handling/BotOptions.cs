namespace Bot.Telegram.Handling;

/// <summary>The <c>Bot</c> section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Telegram user ids allowed to run /reload and /stats, as configured (array entries or "1,2").</summary>
    public IReadOnlyList<string> AdminUserIds { get; set; } = [];

    public IReadOnlySet<long> Admins =>
        AdminUserIds.Select(id => long.TryParse(id.Trim(), out var value) ? value : 0).Where(id => id > 0).ToHashSet();
}
