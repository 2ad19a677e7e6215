namespace Bot.Core.Recaps;

/// <summary>Reads the one form front matter dates take, <c>2019-06-04T10:20:00.000Z</c> or
/// <c>2022-04-01T15:00:00+08:00</c>, without the general date parser (about a microsecond a call). Anything else,
/// including leap seconds and more than seven fraction digits, is declined and left to that parser.</summary>
internal static class IsoDateTime
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !TryNumber(s, 0, 4, out var year) || !TryNumber(s, 5, 2, out var month) || !TryNumber(s, 8, 2, out var day)
            || !TryNumber(s, 11, 2, out var hour) || !TryNumber(s, 14, 2, out var minute) || !TryNumber(s, 17, 2, out var second))
        {
            return false;
        }

        var at = 19;
        var ticks = 0L;
        if (s[at] == '.')
        {
            var digits = 0;
            for (at++; at < s.Length && char.IsAsciiDigit(s[at]); at++, digits++)
            {
                ticks = (ticks * 10) + (s[at] - '0');
            }

            if (digits is 0 or > 7)
            {
                return false;
            }

            for (; digits < 7; digits++)
            {
                ticks *= 10;
            }
        }

        // Years 1 and 9999 are left out so that no offset can push the instant out of range.
        if (!TryOffset(s[at..], out var offset) || year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(ticks), offset);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is ['Z'])
        {
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':' || !TryNumber(s, 1, 2, out var hours) || !TryNumber(s, 4, 2, out var minutes)
            || hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (s[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        foreach (var c in s.Slice(start, length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
