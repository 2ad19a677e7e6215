using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>English dates: <c>24 June, 2019</c>, <c>June 24, 2019</c>, <c>Jun 24th</c>, <c>26th of September</c>,
/// <c>06. November 2018</c>.</summary>
internal static class EnglishDateScanner
{
    internal static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // `24 June, 2019`, `June 24, 2019`, `June 24`, `the 6th of November`.
    public static bool TryAt(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        if (TryYearFirst(s, ref i, out date))
        {
            return true;
        }

        var j = i;
        int day;
        int month;
        if (TryInt(s, ref j, 2, out day))
        {
            SkipOrdinal(s, ref j);
            // `06. November 2018`: the day's ordinal written as a dot, as German and Nordic pages do.
            j = At(s, j, '.') && At(s, j + 1, ' ') ? j + 1 : j;
            j = SkipSpaces(s, j);
            if (TryWord(s, ref j, "of "))
            {
                j = SkipSpaces(s, j);
            }

            if (!TryMonth(s, ref j, out month))
            {
                return false;
            }
        }
        else if (TryMonth(s, ref j, out month))
        {
            j = SkipSpaces(s, j);
            if (!TryInt(s, ref j, 2, out day))
            {
                return false;
            }

            SkipOrdinal(s, ref j);
        }
        else
        {
            return false;
        }

        var year = OptionalYear(s, ref j);

        if (!IsValidDate(year, month, day))
        {
            return false;
        }

        date = (year, month, day);
        i = j;
        return true;
    }

    /// <summary>One month's days, first to last: <c>May 12-13, 2026</c>, <c>12–13 May 2026</c>, <c>May 12th to 14th, 2026</c>.
    /// Without it the first spelling lost its year and end day, and the second was read as its last day.</summary>
    public static bool TryDayRange(string s, ref int i, out (int? Year, int Month, int Day) first, out (int? Year, int Month, int Day) last)
    {
        (first, last) = (default, default);
        var j = i;
        int month, day, lastDay;
        var monthFirst = TryMonth(s, ref j, out month);
        if (monthFirst)
        {
            j = SkipSpaces(s, j);
            if (!TryInt(s, ref j, 2, out day))
            {
                return false;
            }

            SkipOrdinal(s, ref j);
            if (!TryLastDay(s, ref j, day, out lastDay))
            {
                return false;
            }
        }
        else if (TryInt(s, ref j, 2, out day))
        {
            SkipOrdinal(s, ref j);
            if (!TryLastDay(s, ref j, day, out lastDay))
            {
                return false;
            }

            j = SkipSpaces(s, j);
            if (TryWord(s, ref j, "of "))
            {
                j = SkipSpaces(s, j);
            }

            if (!TryMonth(s, ref j, out month))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        var year = OptionalYear(s, ref j);

        // `scheduled from April 1-4` in a sentence tends to be the conference around the page's event (whose own
        // programme is its sessions); a month-first range counts as the event's days when it states its year.
        if ((monthFirst && year is null) || !IsValidDate(year, month, day) || !IsValidDate(year, month, lastDay))
        {
            return false;
        }

        (first, last, i) = ((year, month, day), (year, month, lastDay), j);
        return true;
    }

    // `## 2022 Sep 14 - 6PM AEST`: the year first, then the month's name and the day, as a list kept in date order writes it.
    private static bool TryYearFirst(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if (!TryInt(s, ref j, 4, out var year) || j - i != 4 || year < 1900 || !At(s, j, ' '))
        {
            return false;
        }

        j = SkipSpaces(s, j);
        if (!TryMonth(s, ref j, out var month))
        {
            return false;
        }

        j = SkipSpaces(s, j);
        if (!TryInt(s, ref j, 2, out var day) || !IsValidDate(year, month, day))
        {
            return false;
        }

        SkipOrdinal(s, ref j);
        (date, i) = ((year, month, day), j);
        return true;
    }

    // `, 2026` or ` 2026` after a day and month: the year when one follows.
    private static int? OptionalYear(string s, ref int j)
    {
        var k = SkipFiller(s, j);
        if (!TryInt(s, ref k, 4, out var year) || year < 1900)
        {
            return null;
        }

        j = k;
        return year;
    }

    // `-13`, `to 14th` after a first day; not a clock time (`May 12 - 13:00`, `Sept 5-7pm`).
    private static bool TryLastDay(string s, ref int i, int firstDay, out int lastDay)
    {
        lastDay = 0;
        var j = i;
        if (!TrySeparator(s, ref j))
        {
            return false;
        }

        j = SkipSpaces(s, j);
        // `Thursday 26th to Monday 30th October`: the last day's weekday before it.
        var named = j;
        if (WeekdayScanner.TryEnglish(s, ref named, out _))
        {
            j = SkipSpaces(s, named);
        }

        if (!TryInt(s, ref j, 2, out lastDay) || lastDay <= firstDay || lastDay > 31
            || (j < s.Length && (char.IsAsciiDigit(s[j]) || s[j] is ':' or '.' or '：' or '点' or 'h' or 'H')))
        {
            return false;
        }

        SkipOrdinal(s, ref j);
        var k = SkipSpaces(s, j);
        if (AtWord(s, k, "am") || AtWord(s, k, "pm") || AtWord(s, k, "AM") || AtWord(s, k, "PM"))
        {
            return false;
        }

        i = j;
        return true;
    }

    private static bool TryMonth(string s, ref int i, out int month)
    {
        var found = TryEnglishName(s, ref i, Months, out var index);
        month = index + 1;
        return found;
    }
}
