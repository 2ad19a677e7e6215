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
}
