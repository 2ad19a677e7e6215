using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Outline;

/// <summary>Hugo video shortcodes (<c>{{&lt; youtube id="…" &gt;}}</c>, <c>{{&lt; youtube … &gt;}}</c>,
/// <c>{{&lt; bilibili BV… &gt;}}</c>): the page's video, written as the watch URL of the site it embeds.</summary>
internal static partial class VideoShortcode
{
    [GeneratedRegex(@"\{\{[<%]\s*(youtube|bilibili)\s+(?:id\s*=\s*)?[""']?([A-Za-z0-9_-]{6,20})[""']?[^}]*[>%]\}\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static string? First(PageOutline outline)
    {
        foreach (var line in outline.Lines)
        {
            if (line.Text.Contains("{{", StringComparison.Ordinal) && Pattern().Match(line.Text) is { Success: true } m)
            {
                return m.Groups[1].Value.Equals("youtube", StringComparison.OrdinalIgnoreCase)
                    ? "https://www.youtube.com/watch?v=" + m.Groups[2].Value
                    : "https://www.bilibili.com/video/" + m.Groups[2].Value;
            }
        }

        return null;
    }
}
