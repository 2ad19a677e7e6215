using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Outline;

/// <summary>Hugo video shortcodes (<c>{{&lt; youtube id="…" &gt;}}</c>, <c>{{&lt; youtube … &gt;}}</c>,
/// <c>{{&lt; youtubeLite id="…" &gt;}}</c>, <c>{{&lt; bilibili BV… &gt;}}</c>): the page's video, written as the watch URL
/// of the site it embeds.</summary>
internal static partial class VideoShortcode
{
    [GeneratedRegex(@"\{\{[<%]\s*(youtube|bilibili)[A-Za-z_-]*\s+(?:id\s*=\s*)?[""']?([A-Za-z0-9_-]{6,20})[""']?[^}]*[>%]\}\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>The page's video when it embeds one (however often); null when it embeds none or several distinct ones.</summary>
    /// <param name="exceptUnder">The section whose videos are something else (the stream under a live heading).</param>
    public static string? Only(PageOutline outline, string? exceptUnder = null)
    {
        string? only = null;
        foreach (var line in outline.Lines)
        {
            if (exceptUnder is not null && line.Section == exceptUnder)
            {
                continue;
            }

            foreach (var url in In(line.Text))
            {
                if (only is not null && only != url)
                {
                    return null;
                }

                only = url;
            }
        }

        return only;
    }

    /// <summary>The watch URLs of the videos a line embeds. Most lines hold no shortcode: they are passed over without
    /// starting a search (or allocating one).</summary>
    public static IEnumerable<string> In(string text) => text.Contains("{{", StringComparison.Ordinal) ? Urls(text) : [];

    private static IEnumerable<string> Urls(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            yield return m.Groups[1].Value.Equals("youtube", StringComparison.OrdinalIgnoreCase)
                ? "https://www.youtube.com/watch?v=" + m.Groups[2].Value
                : "https://www.bilibili.com/video/" + m.Groups[2].Value;
        }
    }
}
