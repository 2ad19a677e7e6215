namespace Bot.Core.Recaps;

/// <param name="TimeZoneId">IANA zone of times written on pages that name none.</param>
public sealed record RecapParserOptions(string TimeZoneId = "Asia/Shanghai")
{
    public static RecapParserOptions Default { get; } = new();
}
