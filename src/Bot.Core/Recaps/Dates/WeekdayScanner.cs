using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Weekday words: <c>周四</c>, <c>星期日</c>, <c>礼拜天</c>, <c>下周三</c>, <c>Monday</c>, <c>Mon</c>.</summary>
internal static class WeekdayScanner
{
    internal static readonly string[] EnglishNames =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Skips filler and weekday words from <paramref name="i"/>; reports the last weekday seen.</summary>
    public static int Skip(string s, int i, out DayOfWeek? weekday)
    {
        weekday = null;
        while (true)
        {
            var j = SkipFiller(s, i);
            if (TryChinese(s, ref j, out var zh))
            {
                weekday = zh;
            }
            else if (TryEnglish(s, ref j, out var en))
            {
                weekday = en;
            }
            else
            {
                return j;
            }

            i = j;
        }
    }

    public static bool TryEnglish(string s, ref int i, out DayOfWeek weekday)
    {
        var found = TryEnglishName(s, ref i, EnglishNames, out var index);
        weekday = found ? (DayOfWeek)index : default;
        return found;
    }

    private static bool TryChinese(string s, ref int i, out DayOfWeek weekday)
    {
        var j = i;
        if (AtWord(s, j, "下") || AtWord(s, j, "本") || AtWord(s, j, "这"))
        {
            j++;
        }

        if (!TryChineseName(s, ref j, out weekday))
        {
            return false;
        }

        i = j;
        return true;
    }

    /// <summary>A Chinese weekday name at <paramref name="i"/> (<c>周六</c>, <c>星期日</c>, <c>礼拜天</c>), without a
    /// 下/本/这 before it; moves past it.</summary>
    public static bool TryChineseName(string s, ref int i, out DayOfWeek weekday)
    {
        weekday = default;
        var j = i;
        if (!(TryWord(s, ref j, "星期") || TryWord(s, ref j, "礼拜") || TryWord(s, ref j, "周")))
        {
            return false;
        }

        var day = j < s.Length ? "日一二三四五六天".IndexOf(s[j], StringComparison.Ordinal) : -1;
        if (day < 0)
        {
            return false;
        }

        weekday = (DayOfWeek)(day == 7 ? 0 : day);
        i = j + 1;
        return true;
    }
}
