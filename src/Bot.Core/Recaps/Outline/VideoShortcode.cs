using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Outline;

/// <summary>Hugo video shortcodes (<c>{{&lt; youtube id="…" &gt;}}</c>, <c>{{&lt; youtube … &gt;}}</c>,
/// <c>{{&lt; bilibili BV… &gt;}}</c>): the page's video, written as the watch URL of the site it embeds.</summary>
internal static partial class VideoShortcode
{
    [GeneratedRegex(@"\{\{[<%]\s*(youtube|bilibili)\s+(?:id\s*=\s*)?[""']?([A-Za-z0-9_-]{6,20})[""']?[^}]*[>%]\}\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>The page's video when it embeds one (however often); null when it embeds none or several distinct ones.</summary>
    public static string? Only(PageOutline outline)
    {
        string? only = null;
        foreach (var line in outline.Lines)
        {
            if (!line.Text.Contains("{{", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in Pattern().Matches(line.Text))
            {
                var url = m.Groups[1].Value.Equals("youtube", StringComparison.OrdinalIgnoreCase)
                    ? "https://www.youtube.com/watch?v=" + m.Groups[2].Value
                    : "https://www.bilibili.com/video/" + m.Groups[2].Value;
                if (only is not null && only != url)
                {
                    return null;
                }

                only = url;
            }
        }

        return only;
    }
}
