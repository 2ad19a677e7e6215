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
        var from = i;
        var found = TryEnglishName(s, ref i, EnglishNames, out var index);
        weekday = found ? (DayOfWeek)index : default;
        // `01/22 Fri. 9pm`: an abbreviation's full stop belongs to it, not to the sentence.
        if (found && i - from < EnglishNames[index].Length && At(s, i, '.'))
        {
            i++;
        }

        return found;
    }

    private static bool TryChinese(string s, ref int i, out DayOfWeek weekday)
    {
        var j = i;
        if (AtWord(s, j, "下") || AtWord(s, j, "本") || AtWord(s, j, "这"))
        {
            j++;
        }

        if (!TryChineseName(s, ref j, out weekday) && !TryBracketedNumber(s, ref j, out weekday))
        {
            return false;
        }

        i = j;
        return true;
    }

    // `2/5 (四) 19:30`, `3/26（六）`: the weekday's number alone in brackets, the name's 星期 or 周 left out.
    private static bool TryBracketedNumber(string s, ref int i, out DayOfWeek weekday)
    {
        weekday = default;
        var day = i > 0 && i + 1 < s.Length && s[i - 1] is '(' or '（' && s[i + 1] is ')' or '）' ? DayNames.IndexOf(s[i], StringComparison.Ordinal) : -1;
        if (day < 0)
        {
            return false;
        }

        weekday = (DayOfWeek)(day == 7 ? 0 : day);
        i++;
        return true;
    }

    private const string DayNames = "日一二三四五六天";

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

        var day = j < s.Length ? DayNames.IndexOf(s[j], StringComparison.Ordinal) : -1;
        if (day < 0)
        {
            return false;
        }

        weekday = (DayOfWeek)(day == 7 ? 0 : day);
        i = j + 1;
        return true;
    }
}
