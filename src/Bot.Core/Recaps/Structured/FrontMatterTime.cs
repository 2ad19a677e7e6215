using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Structured;

/// <summary>Reads the times front matters write: ISO 8601 with or without an offset, unpadded
/// (<c>2019-4-20 14:00:00</c>), slash dates, date only (<c>2025-08-03</c>), and a clock time alone (<c>14:00</c>).</summary>
public static partial class FrontMatterTime
{
    public enum Outcome
    {
        Missing,
        Parsed,
        NotATime,
        Impossible,
    }

    // [0-9], not \d: \d also matches other scripts' digits (೭, ٣), which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?)?\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    // `2023-09-21 20:00-21:00`: one day and its hours in one value.
    [GeneratedRegex(@"^([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+)([0-9]{1,2}:[0-9]{2})\s*(?:-|–|—|~|～|至|到)\s*([0-9]{1,2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangePattern();

    // `2021/01/15-2021/01/16`, `2021-01-15 ~ 2021-01-16`: the first and the last day, without hours.
    [GeneratedRegex(@"^([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s*(?:-|–|—|~|～|至|到|to)\s*([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatesPattern();

    /// <summary>Two dates as a range (<c>2021/01/15-2021/01/16</c>): the first day and the last, without hours.</summary>
    public static bool TryParseDates(string? text, TimeZoneInfo zone, out DateTimeOffset first, out DateTimeOffset last)
    {
        (first, last) = (default, default);
        var m = DatesPattern().Match(text?.Trim().Trim(Marks.Quotes).Trim() ?? "");
        return m.Success
            && TryParse(m.Groups[1].Value, zone, out first, out _) == Outcome.Parsed
            && TryParse(m.Groups[2].Value, zone, out last, out _) == Outcome.Parsed
            && last > first;
    }

    /// <summary>A date with a clock range (<c>2023-09-21 20:00-21:00</c>): its start and its end on that day.</summary>
    public static bool TryParseDayRange(string? text, TimeZoneInfo zone, out DateTimeOffset start, out DateTimeOffset end)
    {
        (start, end) = (default, default);
        var t = text?.Trim().Trim(Marks.Quotes).Trim() ?? "";
        // The pattern needs white space after the date (`\s` is char.IsWhiteSpace's set): an ISO time (`…T20:00`) has none.
        if (!HasWhiteSpace(t))
        {
            return false;
        }

        var m = DayRangePattern().Match(t);
        return m.Success
            && TryParse(m.Groups[1].Value + m.Groups[2].Value, zone, out start, out _) == Outcome.Parsed
            && TryParse(m.Groups[1].Value + m.Groups[3].Value, zone, out end, out _) == Outcome.Parsed
            && end > start;
    }

    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date with an optional clock time; without an offset it is local time in <paramref name="zone"/>.</summary>
    public static Outcome TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset value, out bool hasClockTime)
    {
        (value, hasClockTime) = (default, false);
        var t = text?.Trim().Trim(Marks.Quotes).Trim();
        if (string.IsNullOrEmpty(t))
        {
            return Outcome.Missing;
        }

        var m = DateTimePattern().Match(t);
        if (!m.Success)
        {
            return Outcome.NotATime;
        }

        var (year, month, day) = (Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]));
        hasClockTime = m.Groups[4].Success;
        var (hour, minute, second) = hasClockTime ? (Int(m.Groups[4]), Int(m.Groups[5]), m.Groups[6].Success ? Int(m.Groups[6]) : 0) : (0, 0, 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return Outcome.Impossible;
        }

        // `Event-start: 2019-05-16 6:30`: no gathering starts between one and seven in the morning, so an hour of one figure
        // a person wrote, with no offset a generator would add, is the evening's (as in prose; `06:30` keeps its zero's 24-hour reading).
        if (hasClockTime && m.Groups[4].Length == 1 && hour is >= 1 and <= 6 && !m.Groups[7].Success)
        {
            hour += 12;
        }

        var offset = m.Groups[7].Success ? Offset(m.Groups[7].Value) : (TimeSpan?)null;
        if (offset is { } o && (o.Duration() > TimeSpan.FromHours(14) || year < 1900))
        {
            return Outcome.Impossible;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        value = new DateTimeOffset(local, offset ?? zone.GetUtcOffset(local));
        return Outcome.Parsed;
    }

    /// <summary>A date written as prose with its year (<c>2026年12月12日 14:00-17:30</c>, <c>Dec 12, 2026 2:00 PM</c>):
    /// a <c>活动时间</c> key holds what the page would write under that label. Its start, and its end when it gives hours.</summary>
    public static bool TryParseProse(string? text, TimeZoneInfo zone, out DateTimeOffset start, out DateTimeOffset? end, out bool hasClockTime)
    {
        (start, end, hasClockTime) = (default, null, false);
        if (Dates.DateTimeScanner.FindDate(text) is not { Year: { } year } found
            || found.Day > DateTime.DaysInMonth(year, found.Month))
        {
            return false;
        }

        var own = Dates.ZoneNames.Of(found, zone) ?? zone;
        var day = new DateOnly(year, found.Month, found.Day);
        hasClockTime = found.Start is not null;
        start = Dates.EventTimeResolver.At(day, found.Start ?? TimeOnly.MinValue, own);
        end = found.End is { } close && close > found.Start ? Dates.EventTimeResolver.At(day, close, own) : null;
        return true;
    }

    /// <summary>A value that is only a clock time or range (<c>14:00-17:00</c>, <c>19:30</c>), quotes aside.</summary>
    public static bool TryParseHours(string text, [NotNullWhen(true)] out Events.TimeSlot? hours)
    {
        hours = null;
        return text.Trim().Trim(Marks.Quotes) is { Length: > 0 } value
            && Talks.SlotText.TryRead(value, out hours, out var used, out var impossible) && !impossible && used >= value.Length;
    }

    /// <summary>A clock time alone (<c>Talk_start_time = "14:00"</c>).</summary>
    public static Outcome TryParseTime(string? text, out TimeOnly value)
    {
        value = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return Outcome.Missing;
        }

        var m = TimePattern().Match(t);
        if (!m.Success)
        {
            return Outcome.NotATime;
        }

        var (hour, minute) = (Int(m.Groups[1]), Int(m.Groups[2]));
        if (hour > 23 || minute > 59)
        {
            return Outcome.Impossible;
        }

        value = new TimeOnly(hour, minute);
        return Outcome.Parsed;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static TimeSpan Offset(string zone)
    {
        if (zone is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
        var span = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -span : span;
    }
}
