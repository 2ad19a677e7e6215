using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>The date part of a spelling: <c>2022 年 04 月 01 日</c>, <c>1 月 9 日</c>, <c>3 月 29 号</c>,
/// <c>2020-09-20</c>, <c>2020/7/2</c>, <c>24 June, 2019</c>, <c>June 24, 2019</c>.</summary>
internal static class DateScanner
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static bool TryAt(string s, ref int i, out (int? Year, int Month, int Day) date) =>
        TryChinese(s, ref i, out date) || TryNumeric(s, ref i, out date) || TryEnglish(s, ref i, out date);

    /// <summary>The end of a range: a Chinese date, an ISO date or a bare <c>M-D</c>.</summary>
    public static bool TryShortDate(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        if (TryChinese(s, ref i, out date) || TryNumeric(s, ref i, out date))
        {
            return true;
        }

        var j = i;
        if (TryInt(s, ref j, 2, out var month) && (At(s, j, '-') || At(s, j, '/')) && (j = j + 1) > 0
            && TryInt(s, ref j, 2, out var day) && At(s, j, ' ') && IsValidDate(null, month, day))
        {
            date = (null, month, day);
            i = j;
            return true;
        }

        return false;
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

        j = SkipSpaces(s, j);
        if (!(At(s, j, '日') || At(s, j, '号')) || !IsValidDate(year, month, day) || year < 1900)
        {
            return false;
        }

        date = (year, month, day);
        i = j + 1;
        return true;
    }

    // YYYY-M-D, YYYY/M/D or YYYY.M.D with one separator throughout.
    private static bool TryNumeric(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        if (!TryInt(s, ref j, 4, out var year) || j - i != 4 || j >= s.Length || s[j] is not ('-' or '/' or '.'))
        {
            return false;
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

    // `24 June, 2019`, `June 24, 2019`, `June 24`.
    private static bool TryEnglish(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        int day;
        int month;
        if (TryInt(s, ref j, 2, out day))
        {
            j = SkipSpaces(s, j);
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

        int? year = null;
        var k = SkipFiller(s, j);
        if (TryInt(s, ref k, 4, out var y) && y >= 1900)
        {
            year = y;
            j = k;
        }

        if (!IsValidDate(year, month, day))
        {
            return false;
        }

        date = (year, month, day);
        i = j;
        return true;
    }

    private static bool TryMonth(string s, ref int i, out int month)
    {
        month = 0;
        var j = i;
        while (j < s.Length && char.IsAsciiLetter(s[j]))
        {
            j++;
        }

        if (j - i < 3 || (i > 0 && char.IsAsciiLetter(s[i - 1])))
        {
            return false;
        }

        var word = s[i..j].ToLowerInvariant();
        for (var m = 0; m < Months.Length; m++)
        {
            if (Months[m] == word || (word.Length == 3 && Months[m].StartsWith(word, StringComparison.Ordinal)))
            {
                month = m + 1;
                i = j;
                return true;
            }
        }

        return false;
    }

    private static void SkipOrdinal(string s, ref int i)
    {
        if (AtWord(s, i, "st") || AtWord(s, i, "nd") || AtWord(s, i, "rd") || AtWord(s, i, "th"))
        {
            i += 2;
        }
    }
}
