using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>Hugo sites that keep an event's dates in a data file show them with a shortcode
/// (<c>{{&lt; event_start &gt;}} - {{&lt; event_end &gt;}}</c>): the page is dated, only not on the page itself.
/// Shortcodes inside HTML comments are switched off and do not count.</summary>
internal static partial class DateShortcodes
{
    private static readonly string[] DateWords = ["date", "dates", "start", "end", "begin"];

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{\{[<%]\s*([A-Za-z][\w-]*)[^}]*?[>%]\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shortcode();

    /// <summary>Whether <paramref name="markdown"/> shows a date through a shortcode named for one
    /// (<c>event_start</c>, <c>event-date</c>, <c>dates</c>).</summary>
    public static bool In(string markdown)
    {
        if (!markdown.Contains("{{", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            foreach (Match m in Shortcode().Matches(Comment().Replace(markdown, "")))
            {
                var words = m.Groups[1].Value.ToLowerInvariant().Split('_', '-');
                if (words.Any(w => w is "date" or "dates") || (words.Length > 1 && words.Any(w => Array.IndexOf(DateWords, w) >= 0)))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A page too tangled to scan in time shows no date this way; the rest of the parse goes on.
        }

        return false;
    }
}
