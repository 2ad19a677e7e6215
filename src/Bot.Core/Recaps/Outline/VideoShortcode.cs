using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Bot.Core.Recaps.Outline;

/// <summary>Hugo video shortcodes (<c>{{&lt; youtube id="…" &gt;}}</c>, <c>{{&lt; youtube … &gt;}}</c>, <c>{% youtube … %}</c>,
/// <c>{{&lt; youtubeLite id="…" &gt;}}</c>, <c>{{&lt; bilibili BV… &gt;}}</c>): the page's video, written as the watch URL
/// of the site it embeds, and the players an HTML block frames (<c>&lt;iframe src="//www.youtube.com/embed/…"&gt;</c>).</summary>
internal static partial class VideoShortcode
{
    // Jekyll and Hexo write the same as a Liquid tag: `{% youtube o0vtlnlwl-Q %}`.
    [GeneratedRegex(@"\{(?:\{[<%]|%)\s*(youtube|bilibili)[A-Za-z_-]*\s+(?:id\s*=\s*)?[""']?([A-Za-z0-9_-]{6,20})[""']?[^}]*(?:[>%]\}\}|%\})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>The page's video when it embeds one (however often); null when it embeds none or several distinct ones.</summary>
    /// <param name="exceptUnder">The section whose videos are something else (the stream under a live heading).</param>
    public static string? Only(PageOutline outline, string? exceptUnder = null)
    {
        string? only = null;
        foreach (var (url, section) in Embedded(outline))
        {
            if (exceptUnder is not null && section == exceptUnder)
            {
                continue;
            }

            if (only is not null && only != url)
            {
                return null;
            }

            only = url;
        }

        return only;
    }

    // The shortcodes of the lines, then the frames of the HTML blocks, each with its section.
    private static IEnumerable<(string Url, string? Section)> Embedded(PageOutline outline)
    {
        foreach (var line in outline.Lines)
        {
            foreach (var url in In(line.Text))
            {
                yield return (url, line.Section);
            }
        }

        foreach (var video in outline.EmbeddedVideos)
        {
            yield return video;
        }
    }

    [GeneratedRegex(@"<iframe\b[^>]*?\bsrc\s*=\s*[""']([^""']+)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FramePattern();

    // The players a page embeds its recording with; a map, a form or a slide viewer in a frame is no video.
    private static readonly string[] PlayerHosts =
        ["youtube.com/embed/", "youtube-nocookie.com/embed/", "player.bilibili.com/player.html", "player.vimeo.com/video/", "v.qq.com/txp/iframe/"];

    /// <summary>The video players an HTML block embeds, by their frame's address (a protocol-relative <c>//host/…</c>
    /// made <c>https:</c>). Blocks without a frame are passed over without a search.</summary>
    public static IEnumerable<string> InHtml(HtmlBlock html) => PageOutline.Holds(html, "<iframe") ? Frames(html.Lines.ToString()) : [];

    /// <summary>The video players an HTML fragment frames (see <see cref="InHtml"/>).</summary>
    public static IEnumerable<string> Frames(string html)
    {
        if (!html.Contains("<iframe", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (Match m in FramePattern().Matches(html))
        {
            var src = m.Groups[1].Value.Trim();
            if (Array.Exists(PlayerHosts, host => src.Contains(host, StringComparison.OrdinalIgnoreCase)))
            {
                yield return src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src;
            }
        }
    }

    /// <summary>The watch URLs of the videos a line embeds. Most lines hold no shortcode: they are passed over without
    /// starting a search (or allocating one).</summary>
    public static IEnumerable<string> In(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal) ? Urls(text) : [];

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
