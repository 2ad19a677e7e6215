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

    /// <summary>The parser's options from the <c>Content</c> section, checked as the bot checks it at start.</summary>
    public static bool TryGetParserOptions(IConfiguration configuration, out RecapParserOptions options, out string? error)
    {
        var content = configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        if (new ContentOptionsValidator().Validate(null, content) is { Failed: true } invalid)
        {
            var problems = string.Join('\n', invalid.Failures.Select(f => $"check: {f}"));
            (options, error) = (RecapParserOptions.Default, $"{problems}\n(set it in appsettings.json or the environment, e.g. Content__TimeZone)");
            return false;
        }

        (options, error) = (new RecapParserOptions(content.TimeZone), null);
        return true;
    }
}
