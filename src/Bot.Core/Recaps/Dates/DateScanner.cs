using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>The date part of a spelling: <c>2022 年 04 月 01 日</c>, <c>1 月 9 日</c>, <c>3 月 29 号</c>,
/// <c>2020-09-20</c>, <c>2020/7/2</c>; English spellings are in <see cref="EnglishDateScanner"/>.</summary>
internal static class DateScanner
{
    public static bool TryAt(string s, ref int i, out (int? Year, int Month, int Day) date) =>
        TryChinese(s, ref i, out date) || TryNumeric(s, ref i, out date) || EnglishDateScanner.TryAt(s, ref i, out date);

    /// <summary>The end of a range: a Chinese date, an ISO date or a bare <c>M-D</c>.</summary>
    public static bool TryShortDate(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        if (TryChinese(s, ref i, out date) || TryNumeric(s, ref i, out date))
        {
            return true;
        }

        var j = i;
        if (!TryInt(s, ref j, 2, out var month) || !(At(s, j, '-') || At(s, j, '/')))
        {
            return false;
        }

        j++;
        if (!TryInt(s, ref j, 2, out var day) || !At(s, j, ' ') || !IsValidDate(null, month, day))
        {
            return false;
        }

        date = (null, month, day);
        i = j;
        return true;
    }

    private static bool TryChinese(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if (!TryInt(s, ref j, 4, out var first))
        {
            return false;
        }

        int? year = null;
        var month = first;
        j = SkipSpaces(s, j);
        if (At(s, j, '年'))
        {
            year = first;
            j = SkipSpaces(s, j + 1);
            if (!TryInt(s, ref j, 2, out month))
            {
                return false;
            }

            j = SkipSpaces(s, j);
        }

        if (!At(s, j, '月'))
        {
            return false;
        }

        j = SkipSpaces(s, j + 1);
        if (!TryInt(s, ref j, 2, out var day))
        {
            return false;
        }

        var afterDay = j;
        j = SkipSpaces(s, j);
        var ranged = !(At(s, j, '日') || At(s, j, '号')) && IsDayRangeEnd(s, j, day);
        if (!(ranged || At(s, j, '日') || At(s, j, '号')) || !IsValidDate(year, month, day) || year < 1900)
        {
            return false;
        }

        date = (year, month, day);
        // `8 月 6-8 日`: the day range is left to the caller, which reads `-8 日` as the end date.
        i = ranged ? afterDay : j + 1;
        return true;
    }

    /// <summary>The last day of a range that names only its day: <c>-8 日</c>, <c>~ 8 号</c>, <c>through the 13th</c>
    /// (the separator already read); later than <paramref name="firstDay"/> in the same month.</summary>
    public static bool TryDayOnly(string s, ref int i, int firstDay, out int day)
    {
        var j = i;
        if (!TryInt(s, ref j, 2, out day) || day <= firstDay || day > 31)
        {
            return false;
        }

        var k = SkipSpaces(s, j);
        if (At(s, k, '日') || At(s, k, '号'))
        {
            i = k + 1;
            return true;
        }

        var ordinal = j;
        SkipOrdinal(s, ref ordinal);
        if (ordinal == j)
        {
            return false;
        }

        i = ordinal;
        return true;
    }

    private static bool IsDayRangeEnd(string s, int i, int firstDay)
    {
        var j = i;
        return TrySeparator(s, ref j) && TryDayOnly(s, ref j, firstDay, out _) && s[j - 1] is '日' or '号';
    }

    /// <summary><c>7.11（周六）</c>, <c>7/11 周六</c>, <c>12/19 下午 2:00</c>: a month and day without a year, taken as a
    /// date only when a weekday or a clock time follows it (a bare <c>7.11</c> is as often a version or a number).</summary>
    public static bool TryMonthDayBeforeWeekdayOrTime(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if (TryCompactBeforeWeekdayOrTime(s, ref i, out date))
        {
            return true;
        }

        if ((i > 0 && s[i - 1] is '.' or '/' or 'v' or 'V') || !TryInt(s, ref j, 2, out var month) || !(At(s, j, '.') || At(s, j, '/')))
        {
            return false;
        }

        var sep = s[j++];
        if (!TryInt(s, ref j, 2, out var day) || At(s, j, sep) || At(s, j, '.') || !IsValidDate(null, month, day) || !BeforeWeekdayOrTime(s, j))
        {
            return false;
        }

        date = (null, month, day);
        i = j;
        return true;
    }

    // `151031 周六 10:42~17:17`, `20151031 周六`: a date written as one number (yyMMdd or yyyyMMdd), which alone is as
    // often an id or an amount, taken only before a weekday or a clock time.
    private static bool TryCompactBeforeWeekdayOrTime(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            j++;
        }

        if (j - i is not (6 or 8) || (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '.' or '/' or '-')))
        {
            return false;
        }

        var year = j - i == 8 ? int.Parse(s.AsSpan(i, 4)) : 2000 + int.Parse(s.AsSpan(i, 2));
        var (month, day) = (int.Parse(s.AsSpan(j - 4, 2)), int.Parse(s.AsSpan(j - 2, 2)));
        if (year < 1990 || !IsValidDate(year, month, day) || !BeforeWeekdayOrTime(s, j))
        {
            return false;
        }

        date = (year, month, day);
        i = j;
        return true;
    }

    private static bool BeforeWeekdayOrTime(string s, int j)
    {
        WeekdayScanner.Skip(s, j, out var weekday);
        var t = SkipFiller(s, j);
        return weekday is not null || TimeScanner.TryRange(s, ref t, out _, out _);
    }

    // YYYY-M-D, YYYY/M/D or YYYY.M.D with one separator throughout; or the year last.
    private static bool TryNumeric(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if (!TryInt(s, ref j, 4, out var year) || j - i != 4 || j >= s.Length || s[j] is not ('-' or '/' or '.'))
        {
            return TryYearLast(s, ref i, out date);
        }

        var sep = s[j++];
        if (!TryInt(s, ref j, 2, out var month) || !At(s, j, sep))
        {
            return false;
        }

        j++;
        if (!TryInt(s, ref j, 2, out var day) || !IsValidDate(year, month, day) || year < 1900)
        {
            return false;
        }

        date = (year, month, day);
        i = j;
        return true;
    }

    // `16.01.2027` (day first, as Europe writes it with dots, unless the second number is the one over 12:
    // `06.24.2020`), `12/20/2026` and `20/12/2026` (the day is the number over 12; where both could be months, month
    // first, as US pages write it with slashes and dashes).
    private static bool TryYearLast(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if ((i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '.' or '/' or '-' or 'v' or 'V')) || !TryInt(s, ref j, 2, out var first) || j >= s.Length
            || s[j] is not ('-' or '/' or '.'))
        {
            return false;
        }

        var sep = s[j++];
        if (!TryInt(s, ref j, 2, out var second) || !At(s, j, sep))
        {
            return false;
        }

        var yearAt = ++j;
        if (!TryInt(s, ref j, 4, out var year) || j - yearAt != 4 || year < 1900 || (j < s.Length && (char.IsAsciiDigit(s[j]) || s[j] == sep)))
        {
            return false;
        }

        var (month, day) = (sep == '.' && second <= 12) || first > 12 ? (second, first) : (first, second);
        if (!IsValidDate(year, month, day))
        {
            return false;
        }

        date = (year, month, day);
        i = j;
        return true;
    }
}
