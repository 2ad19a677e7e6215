using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Structured;

/// <summary>How long the event lasts, as front matter writes it beside a start (<c>duration: 120</c> as Meetup
/// exports write minutes, <c>90 min</c>, <c>2h</c>, <c>1.5 hours</c>, <c>PT2H30M</c>, <c>2小时</c>, <c>90分钟</c>).</summary>
public static partial class FrontMatterDuration
{
    // Longer than a week is no meetup's length but a misread value (a count, a year).
    private static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return false;
        }

        if (t.StartsWith('P') && TryIso(t, out duration))
        {
            return duration > TimeSpan.Zero && duration <= Longest;
        }

        var m = Spoken().Match(t);
        if (!m.Success || (!m.Groups["h"].Success && !m.Groups["m"].Success))
        {
            return false;
        }

        var hours = m.Groups["h"].Success ? double.Parse(m.Groups["h"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0;
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        duration = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        return duration > TimeSpan.Zero && duration <= Longest;
    }

    private static bool TryIso(string text, out TimeSpan duration)
    {
        try
        {
            duration = System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            duration = default;
            return false;
        }
    }

    // Hours then minutes, either may be left out; a bare number is minutes.
    [GeneratedRegex(@"^(?:(?<h>\d{1,3}(?:\.\d+)?)\s*(?:h|hrs?|hours?|小时|個小時|个小时)\s*)?(?:(?<m>\d{1,5})\s*(?:m|mins?|minutes?|分钟|分鐘|分)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spoken();
}
