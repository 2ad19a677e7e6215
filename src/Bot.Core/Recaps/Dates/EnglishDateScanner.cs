using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>English dates: <c>24 June, 2019</c>, <c>June 24, 2019</c>, <c>Jun 24th</c>, <c>26th of September</c>.</summary>
internal static class EnglishDateScanner
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // `24 June, 2019`, `June 24, 2019`, `June 24`, `the 6th of November`.
    public static bool TryAt(string s, ref int i, out (int? Year, int Month, int Day) date)
    {
        date = default;
        var j = i;
        int day;
        int month;
        if (TryInt(s, ref j, 2, out day))
        {
            SkipOrdinal(s, ref j);
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
        var found = TryEnglishName(s, ref i, Months, out var index);
        month = index + 1;
        return found;
    }
}
