using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Reads "series + number" the ways members write it: <c>channel 24</c>, <c>SOFAChannel#24</c>, <c>#24</c>,
/// <c>meetup 14</c>, <c>SOFAMeetup#14</c>.</summary>
public static partial class SeriesQuery
{
    /// <summary>The series as a key: normalised, without the <c>sofa</c> or <c>sofastack</c> prefix (<c>SOFAChannel</c>,
    /// <c>SOFA Meetup</c> and <c>SOFAStack Meetup</c> → <c>channel</c>, <c>meetup</c>).</summary>
    public static string KeyOf(string? series)
    {
        var key = TextNormalizer.Key(series);
        foreach (var prefix in (ReadOnlySpan<string>)["sofastack", "sofa"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }

    /// <param name="seriesKey">Empty for a bare number (<c>#24</c>).</param>
    public static bool TryParse(string text, out string seriesKey, out int number)
    {
        var match = Pattern().Match(TextNormalizer.Key(text));
        seriesKey = match.Success ? KeyOf(match.Groups["series"].Value) : string.Empty;
        number = 0;
        return match.Success && int.TryParse(match.Groups["number"].ValueSpan, out number);
    }

    /// <summary>Series and number from a page id such as <c>zh-sofa-meetup-14</c> or <c>sofachannel-32</c>, for pages
    /// whose text never states the number (meetup 14's title names only the theme).</summary>
    public static bool TryParseId(string id, out string seriesKey, out int number)
    {
        var match = IdPattern().Match(id);
        seriesKey = match.Success ? match.Groups["series"].Value : string.Empty;
        number = 0;
        return match.Success && int.TryParse(match.Groups["number"].ValueSpan, out number);
    }

    [GeneratedRegex(@"(?:^|-)sofa-?(?<series>[a-z]+)-(?<number>\d{1,4})(?:-\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<series>\p{L}[\p{L}\-]*?)?[-#]?(?<number>\d{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
