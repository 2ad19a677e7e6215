using System.Buffers;
using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>A weekday named relative to the week the page was published in: <c>本周六</c>, <c>这周五</c>,
/// <c>下周三晚 8 点</c>, <c>下下周一</c>, <c>this Friday</c>, <c>next Wednesday at 7 pm</c>. Weeks start on Monday; "next"
/// is the week after the publish date's, "this" the publish date's own.</summary>
internal static class RelativeWeekday
{
    private static readonly SearchValues<char> Starts = SearchValues.Create("下本这nNtTcC");

    /// <summary>The first relative weekday in <paramref name="text"/>, dated from <paramref name="published"/>, with the
    /// clock times and zone that follow it; null when the text names none.</summary>
    public static DateTimeText? Find(string? text, DateOnly published) => FindIn(Fold(text), published);

    /// <summary><see cref="Find"/> in text already folded (<see cref="ScanText.Fold"/>).</summary>
    public static DateTimeText? FindIn(string s, DateOnly published)
    {
        for (var i = 0; i < s.Length; i++)
        {
            // Only these start a relative weekday (下周, 本周, 这周, next, this, coming): jump to the next of them.
            var next = s.AsSpan(i).IndexOfAny(Starts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var j = i;
            if ((i == 0 || !char.IsAsciiLetter(s[i - 1])) && TryAt(s, ref j, out var weeksAhead, out var weekday))
            {
                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
                var date = monday.AddDays((7 * weeksAhead) + (((int)weekday + 6) % 7));
                return DateTimeScanner.TailOf(s, j, date);
            }
        }

        return null;
    }

    private static bool TryAt(string s, ref int i, out int weeksAhead, out DayOfWeek weekday)
    {
        (weeksAhead, weekday) = (0, default);
        var j = i;
        if (TryWord(s, ref j, "下下"))
        {
            weeksAhead = 2;
        }
        else if (TryWord(s, ref j, "下"))
        {
            weeksAhead = 1;
        }
        else if (!(TryWord(s, ref j, "本") || TryWord(s, ref j, "这")))
        {
            return TryEnglish(s, ref i, out weeksAhead, out weekday);
        }

        if (!WeekdayScanner.TryChineseName(s, ref j, out weekday))
        {
            return false;
        }

        i = j;
        return true;
    }

    // `next Wednesday`, `this Friday`, `coming Saturday`.
    private static bool TryEnglish(string s, ref int i, out int weeksAhead, out DayOfWeek weekday)
    {
        (weeksAhead, weekday) = (0, default);
        var j = i;
        if (TryWord(s, ref j, "next ") || TryWord(s, ref j, "Next "))
        {
            weeksAhead = 1;
        }
        else if (!(TryWord(s, ref j, "this ") || TryWord(s, ref j, "This ") || TryWord(s, ref j, "coming ") || TryWord(s, ref j, "Coming ")))
        {
            return false;
        }

        j = SkipSpaces(s, j);
        if (!WeekdayScanner.TryEnglish(s, ref j, out weekday))
        {
            return false;
        }

        i = j;
        return true;
    }
}
