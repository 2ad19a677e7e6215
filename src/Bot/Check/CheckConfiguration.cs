using Bot.Content;
using Bot.Core.Recaps;
using Microsoft.Extensions.Configuration;

namespace Bot.Check;

/// <summary>The settings <c>check</c> shares with the bot: <c>appsettings.json</c> beside the binary, overridden by
/// the environment (<c>Content__TimeZone</c>), so a page is read in the same zone by both.</summary>
public static class CheckConfiguration
{
    public const string TimeZoneKey = ContentOptions.SectionName + ":" + nameof(ContentOptions.TimeZone);

    public static IConfiguration Load(string? directory = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(directory ?? AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    public static bool TryGetParserOptions(IConfiguration configuration, out RecapParserOptions options, out string? error)
    {
        var zone = configuration[TimeZoneKey] is { Length: > 0 } configured ? configured : new ContentOptions().TimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            (options, error) = (RecapParserOptions.Default, $"check: {TimeZoneKey} is '{zone}', which is not a known time zone id (use an IANA id such as Asia/Shanghai; set it in appsettings.json or the environment variable Content__TimeZone)");
            return false;
        }

        (options, error) = (new RecapParserOptions(zone), null);
        return true;
    }
}
