using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>The time zone written beside a clock time: an abbreviation (<c>CEST</c>, <c>BST</c>, <c>PDT</c>) or an
/// offset (<c>UTC+8</c>, <c>GMT+05:30</c>), optionally in parentheses. Abbreviations that name several zones (IST,
/// CST) give their most common reading and say so, for a warning. The generic names of a region's time (<c>PT</c>,
/// <c>ET</c>) follow its daylight saving: they name a zone, not an offset.</summary>
internal static class ZoneNames
{
    private static readonly (string Name, TimeSpan Offset, string? OtherReadings)[] Abbreviations =
    [
        ("CEST", TimeSpan.FromHours(2), null), ("CET", TimeSpan.FromHours(1), null),
        ("MESZ", TimeSpan.FromHours(2), null), ("MEZ", TimeSpan.FromHours(1), null),
        ("BST", TimeSpan.FromHours(1), null), ("WEST", TimeSpan.FromHours(1), null), ("WET", TimeSpan.Zero, null),
        ("EEST", TimeSpan.FromHours(3), null), ("EET", TimeSpan.FromHours(2), null),
        ("EDT", TimeSpan.FromHours(-4), null), ("EST", TimeSpan.FromHours(-5), null),
        ("CDT", TimeSpan.FromHours(-5), null), ("CST", TimeSpan.FromHours(8), "US Central Standard Time (-06:00)"),
        ("MDT", TimeSpan.FromHours(-6), null), ("MST", TimeSpan.FromHours(-7), null),
        ("PDT", TimeSpan.FromHours(-7), null), ("PST", TimeSpan.FromHours(-8), null),
        ("IST", new TimeSpan(5, 30, 0), "Irish Standard Time (+01:00) or Israel Standard Time (+02:00)"),
        ("JST", TimeSpan.FromHours(9), null), ("KST", TimeSpan.FromHours(9), null), ("SGT", TimeSpan.FromHours(8), null),
        ("HKT", TimeSpan.FromHours(8), null), ("AEST", TimeSpan.FromHours(10), null), ("AEDT", TimeSpan.FromHours(11), null),
        ("北京时间", TimeSpan.FromHours(8), null), ("东八区", TimeSpan.FromHours(8), null),
    ];

    // `Wednesday 2023-06-07, 19:15 CET`: pages write CET for Central European time the year round, summer included, so
    // it names the region's time as PT does, read before the abbreviations' fixed offsets.
    private static readonly (string Name, string ZoneId)[] RegionTimes =
    [
        ("PT", "America/Los_Angeles"), ("ET", "America/New_York"), ("CT", "America/Chicago"), ("MT", "America/Denver"),
        ("CET", "Europe/Berlin"),
    ];

    /// <summary>A zone as a text writes it: a fixed offset or a region's IANA id; for an ambiguous abbreviation the
    /// readings not taken; for an abbreviation (<c>MST</c>, not <c>UTC-7</c>) its name.</summary>
    public readonly record struct Written(TimeSpan? Offset, string? Id, string? Ambiguity, string? Abbreviation);

    /// <summary>Reads a region's time (<c>PT</c>, <c>CET</c>) at <paramref name="i"/> as its IANA zone id, or else a zone as
    /// <see cref="TryRead(string, ref int, out TimeSpan, out string?)"/> does.</summary>
    public static Written? Read(string s, ref int i)
    {
        var j = SkipSpaces(s, i);
        j = At(s, j, '(') ? SkipSpaces(s, j + 1) : j;
        if (MayStartName(s, j))
        {
            foreach (var (name, id) in RegionTimes)
            {
                if (AtWord(s, j, name) && !(j + name.Length < s.Length && char.IsAsciiLetter(s[j + name.Length])) && !(j > 0 && char.IsAsciiLetter(s[j - 1])))
                {
                    i = j + name.Length;
                    return new Written(null, id, null, null);
                }
            }
        }

        if (TryRead(s, ref i, out var fixedOffset, out var otherReadings))
        {
            // `MST`, not `UTC-7`, `GMT` or ISO's `Z`: a name of letters that is no offset.
            var name = s[j..i];
            var named = name.Length >= 3 && name.All(char.IsAsciiLetterUpper) && name is not ("UTC" or "GMT");
            return new Written(fixedOffset, null, otherReadings, named ? name : null);
        }

        return null;
    }

    /// <summary>The zone a text writes beside its clock time, or null for the page's zone.</summary>
    public static TimeZoneInfo? Of(DateTimeText text) =>
        text.Offset is { } offset ? TimeZones.Fixed(offset)
        : text.ZoneId is { } id && TimeZones.Find(id, out var found) is var zone && found ? zone
        : null;

    /// <summary>As <see cref="Of(DateTimeText)"/>, but an abbreviation of the page zone's own standard or summer time
    /// (<c>MST</c> on a Denver page, <c>EST</c> in New York, <c>CST</c> in Chicago) is the page zone: pages write one name
    /// the year round, as they do CET, and mean the clock on the wall.</summary>
    public static TimeZoneInfo? Of(DateTimeText text, TimeZoneInfo pageZone) =>
        text.ZoneAbbreviation is { } name && IsSeasonOf(name, text.Offset, pageZone) ? pageZone : Of(text);

    // The abbreviation's reading, or one of the readings an ambiguous one is not given by default, is the page zone's.
    private static bool IsSeasonOf(string name, TimeSpan? offset, TimeZoneInfo zone) =>
        (offset is { } written && IsClockOf(written, zone)) || name switch
        {
            "CST" => IsClockOf(TimeSpan.FromHours(-6), zone),
            "IST" => IsClockOf(TimeSpan.FromHours(1), zone) || IsClockOf(TimeSpan.FromHours(2), zone),
            _ => false,
        };

    /// <summary>Whether <paramref name="offset"/> is the zone's standard or summer offset, in whichever season.</summary>
    public static bool IsClockOf(TimeSpan offset, TimeZoneInfo zone) =>
        offset == zone.BaseUtcOffset || (zone.SupportsDaylightSavingTime && offset == zone.BaseUtcOffset + TimeSpan.FromHours(1));

    /// <summary>Reads a zone at <paramref name="i"/> (after spaces and an opening parenthesis); moves past it.</summary>
    /// <param name="otherReadings">For an ambiguous abbreviation, the readings not taken; otherwise null.</param>
    public static bool TryRead(string s, ref int i, out TimeSpan offset, out string? otherReadings)
    {
        var j = SkipSpaces(s, i);
        if (At(s, j, '('))
        {
            j = SkipSpaces(s, j + 1);
        }

        if (TryOffset(s, ref j, out offset))
        {
            otherReadings = null;
            i = j;
            return true;
        }

        otherReadings = null;
        if (!MayStartName(s, j))
        {
            return false;
        }

        foreach (var (name, value, others) in Abbreviations)
        {
            if (AtWord(s, j, name) && !(j + name.Length < s.Length && char.IsAsciiLetter(s[j + name.Length])))
            {
                (offset, otherReadings, i) = (value, others is null ? null : $"{name} can also be {others}; reading {FormatOffset(value)}", j + name.Length);
                return true;
            }
        }

        return false;
    }

    // Every name starts with a capital (`CEST`, `PT`) or is one of the two Chinese ones: most text after a date or a
    // time is neither, and is not compared with each name.
    private static bool MayStartName(string s, int i) => i < s.Length && (char.IsAsciiLetterUpper(s[i]) || s[i] is '北' or '东');

    public static string FormatOffset(TimeSpan offset) => $"{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";

    // UTC+8, GMT+08:00, UTC-5, UTC+5:30; a bare UTC or GMT is +00:00; ISO 8601's `+08:00` and `Z`.
    private static bool TryOffset(string s, ref int i, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (TryIsoOffset(s, ref i, out offset))
        {
            return true;
        }

        if (!AtWord(s, i, "UTC") && !AtWord(s, i, "GMT"))
        {
            return false;
        }

        var j = i + 3;
        // `UTC +8`: a space may stand between the name and a signed number of hours.
        if (At(s, j, ' ') && (At(s, j + 1, '+') || At(s, j + 1, '-')) && j + 2 < s.Length && char.IsAsciiDigit(s[j + 2]))
        {
            j++;
        }

        if (!(At(s, j, '+') || At(s, j, '-')))
        {
            i = j;
            return !(j < s.Length && char.IsAsciiLetter(s[j]));
        }

        var sign = s[j] == '-' ? -1 : 1;
        j++;
        if (!TryInt(s, ref j, 2, out var hours) || hours > 14)
        {
            return false;
        }

        var minutes = 0;
        var k = j + 1;
        if (At(s, j, ':') && TryInt(s, ref k, 2, out var m))
        {
            (minutes, j) = (m, k);
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        i = j;
        return true;
    }

    // `08:00:00+08:00`, `08:00Z`: the offset of an ISO 8601 time written in prose. Only `+HH:MM` (a `-` after a time
    // starts its range) and a `Z` that no letter follows.
    private static bool TryIsoOffset(string s, ref int i, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (At(s, i, 'Z') && !(i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1])))
        {
            i++;
            return true;
        }

        var j = i + 1;
        var k = i + 4;
        if (!At(s, i, '+') || !TryInt(s, ref j, 2, out var hours) || j != i + 3 || hours > 14 || !At(s, j, ':')
            || !TryInt(s, ref k, 2, out var minutes) || k != i + 6 || minutes > 59)
        {
            return false;
        }

        (offset, i) = (new TimeSpan(hours, minutes, 0), k);
        return true;
    }
}
