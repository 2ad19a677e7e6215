using Bot.Core.Text;
using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Clock times as pages write them: <c>19:00</c>, <c>19：00</c>, <c>14 :15</c>, <c>晚 7 点</c>, <c>下午 13 点</c>,
/// <c>9 点半</c>, <c>7 pm</c>, and ranges with <c>-</c>, <c>--</c>, <c>–</c>, <c>~</c>, <c>至</c>, <c>到</c>.</summary>
internal static class TimeScanner
{
    private enum Meridiem
    {
        None,
        Morning,
        Noon,
        Afternoon,
    }

    private static readonly (string Word, Meridiem Value)[] Words =
    [
        ("上午", Meridiem.Morning), ("早上", Meridiem.Morning), ("早晨", Meridiem.Morning), ("凌晨", Meridiem.Morning),
        ("中午", Meridiem.Noon), ("下午", Meridiem.Afternoon), ("晚上", Meridiem.Afternoon), ("傍晚", Meridiem.Afternoon),
        ("晚间", Meridiem.Afternoon), ("晚", Meridiem.Afternoon), ("早", Meridiem.Morning),
    ];

    /// <summary>The first time range anywhere in already folded text.</summary>
    public static TimeRange? Find(string folded) => Find(folded, out _);

    /// <summary>The first clock time or range in folded text, and where the text after it starts.</summary>
    public static TimeRange? Find(string folded, out int after)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            var startsNumber = char.IsAsciiDigit(folded[i]) && (i == 0 || !char.IsAsciiDigit(folded[i - 1]));
            if ((startsNumber || IsMeridiemStart(folded[i])) && TryRange(folded, ref i, out var range, out _))
            {
                after = i;
                return range;
            }
        }

        after = folded.Length;
        return null;
    }

    /// <summary>A time, optionally followed by a separator, an optional end date (<c>11-03</c>) and an end time.</summary>
    public static bool TryRange(string s, ref int i, out TimeRange range, out (int? Year, int Month, int Day)? endDate)
    {
        range = null!;
        endDate = null;
        var j = i;
        if (TryHourRange(s, ref j, out range))
        {
            i = j;
            return true;
        }

        var startAt = SkipSpaces(s, j);
        if (!TryTime(s, ref j, Meridiem.None, out var start, out var meridiem))
        {
            return false;
        }

        TimeOnly? end = null;
        var k = SkipFiller(s, j);
        if (TrySeparator(s, ref k))
        {
            var m = k;
            if (DateScanner.TryShortDate(s, ref m, out var d))
            {
                endDate = d;
                k = SkipFiller(s, m);
                k = WeekdayScanner.Skip(s, k, out _);
            }

            if (TryTime(s, ref k, meridiem, out var e, out var endMeridiem))
            {
                end = e;
                j = k;

                // `7:30-9:30 PM`: the half of the day written once, after the end, is the start's too when it fits.
                if (meridiem == Meridiem.None && endMeridiem == Meridiem.Afternoon && start.Hour < 12 && start.AddHours(12) <= e)
                {
                    start = start.AddHours(12);
                }
            }
            else
            {
                endDate = null;
            }
        }

        if (meridiem == Meridiem.None && start.Hour is >= 1 and <= 6)
        {
            // `1:30 – 16:50`: an afternoon start written in twelve-hour figures beside a 24-hour end.
            if (end is { Hour: >= 12 } last && start.AddHours(12) < last)
            {
                start = start.AddHours(12);
            }
            else if (OneFigure(s, startAt))
            {
                // `Time: 6:30 – 8:00`, `11 月 23 日 6 点`: no gathering starts between one and seven in the morning, so an
                // hour of one figure without a word for the half of the day is the afternoon's or the evening's (`06:30`
                // keeps the 24-hour reading its zero gives it).
                start = start.AddHours(12);
                end = end is { Hour: < 12 } close && close.AddHours(12) > start ? close.AddHours(12) : end;
            }
        }

        // `8:30 - 11:30 & 14:00 - 17:00`: a day of two sessions ends with the later one.
        if (end is { } first && LaterSession(s, ref j, first) is { } later)
        {
            end = later;
        }

        range = new TimeRange(start, end);
        i = j;
        return true;
    }

    private static TimeOnly? LaterSession(string s, ref int i, TimeOnly firstEnd)
    {
        var k = SkipSpaces(s, i);
        if (k < s.Length && s[k] is '&' or '和' or '及' or '、' or ',' or '，' or '+')
        {
            k++;
        }
        else if (string.CompareOrdinal(s, k, "and ", 0, 4) == 0)
        {
            k += 4;
        }
        else
        {
            return null;
        }

        k = SkipSpaces(s, k);
        if (!TryTime(s, ref k, Meridiem.None, out var start, out var meridiem) || start < firstEnd)
        {
            return null;
        }

        k = SkipFiller(s, k);
        if (!TrySeparator(s, ref k) || !TryTime(s, ref k, meridiem, out var end, out _) || end <= start)
        {
            return null;
        }

        i = k;
        return end;
    }

    // An hour written with one figure (`6:30`, `6 点`, `六点`), not `06:30`.
    private static bool OneFigure(string s, int at) =>
        at < s.Length && (!char.IsAsciiDigit(s[at]) || (s[at] != '0' && !(at + 1 < s.Length && char.IsAsciiDigit(s[at + 1]))));

    // `下午 2-5 点`, `9~11 时`, `6-8 pm`: two bare hours sharing one 点 or one am/pm; the end, with its word, is read as
    // a time, and a start without a word of its own is in the end's half of the day when that keeps it before the end.
    private static bool TryHourRange(string s, ref int i, out TimeRange range)
    {
        range = null!;
        var j = SkipSpaces(s, i);
        var meridiem = ReadMeridiem(s, ref j);
        j = SkipSpaces(s, j);
        if (!TryInt(s, ref j, 2, out var hour) || !TrySeparator(s, ref j))
        {
            return false;
        }

        var k = j;
        var (none, own) = (Meridiem.None, false);
        if (!TryInt(s, ref k, 2, out _) || !(At(s, SkipSpaces(s, k), '点') || At(s, SkipSpaces(s, k), '时') || TryAmPm(s, ref k, ref none, ref own, out _))
            || !TryTime(s, ref j, meridiem, out var end, out var endMeridiem))
        {
            return false;
        }

        if (meridiem == Meridiem.None && endMeridiem != Meridiem.None && Apply(endMeridiem, hour) is var shared and >= 0 && shared < end.Hour)
        {
            meridiem = endMeridiem;
        }

        hour = Apply(meridiem, hour);
        if (hour is < 0 or > 23 || new TimeOnly(hour, 0) >= end)
        {
            return false;
        }

        range = new TimeRange(new TimeOnly(hour, 0), end);
        i = j;
        return true;
    }

    /// <summary>`19.00`, `18.30–21.00`: hours and minutes parted by a dot, as European pages write them. Read only right
    /// after a date, where a number with a dot can be nothing else (elsewhere it is a version or a decimal).</summary>
    public static bool TryDottedRange(string s, ref int i, out TimeRange range)
    {
        range = null!;
        var j = SkipSpaces(s, i);
        if (!TryDotted(s, ref j, out var start, out var startHalf))
        {
            return false;
        }

        TimeOnly? end = null;
        // `6.30-8.30pm`, `6.30 pm to 8.30 pm`: a dash or a range's word.
        var k = SkipSpaces(s, j);
        var joined = k < s.Length && s[k] is '–' or '—';
        if (joined)
        {
            k = SkipSpaces(s, k + 1);
        }
        else
        {
            k = j;
            joined = TrySeparator(s, ref k);
        }

        if (joined)
        {
            // `6.30-8.30pm`: the half of the day written once, after the end, is the start's too.
            if (TryDotted(s, ref k, out var last, out var endHalf) && !startHalf && endHalf && start.Hour < 12 && start.AddHours(12) < last)
            {
                start = start.AddHours(12);
            }

            if (last > start)
            {
                (end, j) = (last, k);
            }
        }

        range = new TimeRange(start, end);
        i = j;
        return true;
    }

    private static bool TryDotted(string s, ref int i, out TimeOnly time, out bool halfOfDay)
    {
        (time, halfOfDay) = (default, false);
        var j = i;
        if (!TryInt(s, ref j, 2, out var hour) || hour > 23 || !At(s, j, '.'))
        {
            return false;
        }

        var m = j + 1;
        if (!TryInt(s, ref m, 2, out var minute) || m - j != 3 || minute > 59 || (m < s.Length && (char.IsAsciiDigit(s[m]) || s[m] == '.' && m + 1 < s.Length && char.IsAsciiDigit(s[m + 1]))))
        {
            return false;
        }

        // `7.30pm`: a dotted time may carry its half of the day too.
        var (meridiem, own) = (Meridiem.None, false);
        var p = SkipSpaces(s, m);
        if (TryAmPm(s, ref p, ref meridiem, ref own, out _) && Apply(meridiem, hour) is var day and >= 0 and <= 23)
        {
            (hour, m, halfOfDay) = (day, p, true);
        }

        time = new TimeOnly(hour, minute);
        i = m;
        return true;
    }

    private static bool IsMeridiemStart(char c) => c is '上' or '早' or '凌' or '中' or '下' or '晚' or '傍';

    private static bool TryTime(string s, ref int i, Meridiem inherited, out TimeOnly time, out Meridiem meridiem)
    {
        time = default;
        var j = SkipSpaces(s, i);
        meridiem = ReadMeridiem(s, ref j);
        var own = meridiem != Meridiem.None;
        j = SkipSpaces(s, j);
        if (!TryInt(s, ref j, 2, out var hour) && !TrySpokenHour(s, ref j, out hour))
        {
            return false;
        }

        var k = SkipSpaces(s, j);
        int minute;
        if (At(s, k, ':'))
        {
            k = SkipSpaces(s, k + 1);
            if (!TryInt(s, ref k, 2, out minute))
            {
                return false;
            }

            // `21:00:00 ~ 23:10:00`: seconds are read past, not kept.
            var q = k + 1;
            if (At(s, k, ':') && TryInt(s, ref q, 2, out _) && q - k == 3)
            {
                k = q;
            }
        }
        else if (At(s, k, '点') || At(s, k, '时'))
        {
            k = SkipSpaces(s, k + 1);
            minute = 0;
            if (At(s, k, '半'))
            {
                minute = 30;
                k++;
            }
            else if (At(s, k, '一') && At(s, k + 1, '刻'))
            {
                minute = 15;
                k += 2;
            }
            else if (TryInt(s, ref k, 2, out var m))
            {
                minute = m;
                var q = SkipSpaces(s, k);
                k = At(s, q, '分') ? q + 1 : k;
            }
        }
        else if (!TryAmPm(s, ref k, ref meridiem, ref own, out minute))
        {
            return false;
        }

        var p = SkipSpaces(s, k);
        if (TryAmPm(s, ref p, ref meridiem, ref own, out _))
        {
            k = p;
        }

        hour = Apply(own ? meridiem : inherited, hour);
        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        i = k;
        return true;
    }

    // `两点半`, `十点`, `十一点`: an hour spelled in Chinese numerals, taken only when 点 follows it.
    private static bool TrySpokenHour(string s, ref int i, out int hour)
    {
        hour = 0;
        var j = i;
        var ten = At(s, j, '十');
        if (ten)
        {
            j++;
        }

        var digit = j < s.Length ? "零一二三四五六七八九".IndexOf(s[j], StringComparison.Ordinal) : -1;
        if (digit < 0 && At(s, j, '两'))
        {
            digit = 2;
        }

        if (digit >= 0)
        {
            j++;
        }

        hour = (ten ? 10 : 0) + Math.Max(digit, 0);
        if ((!ten && digit <= 0) || !At(s, SkipSpaces(s, j), '点'))
        {
            return false;
        }

        i = j;
        return true;
    }

    // `7 pm` / `7:30 pm` / `11:00 p.m.`; the minutes are 0 when only the hour is written.
    private static bool TryAmPm(string s, ref int i, ref Meridiem meridiem, ref bool own, out int minute)
    {
        minute = 0;
        var j = SkipSpaces(s, i);
        // `p.m.`: the letters with a dot after each, the last dot optional.
        var dotted = j + 2 < s.Length && s[j + 1] == '.' && TextNormalizer.Lower(s[j + 2]) == 'm';
        var after = dotted ? j + 3 : j + 2;
        if (j + 1 >= s.Length || !dotted && TextNormalizer.Lower(s[j + 1]) != 'm' || (after < s.Length && char.IsAsciiLetter(s[after])))
        {
            return false;
        }

        var c = TextNormalizer.Lower(s[j]);
        if (c is not ('a' or 'p'))
        {
            return false;
        }

        meridiem = c == 'p' ? Meridiem.Afternoon : Meridiem.Morning;
        own = true;
        i = dotted && after < s.Length && s[after] == '.' ? after + 1 : after;
        return true;
    }

    private static Meridiem ReadMeridiem(string s, ref int i)
    {
        if (i >= s.Length || !IsMeridiemStart(s[i]))
        {
            return Meridiem.None;
        }

        foreach (var (word, value) in Words)
        {
            if (AtWord(s, i, word))
            {
                i += word.Length;
                return value;
            }
        }

        return Meridiem.None;
    }

    // 晚 7 点 is 19:00 but 晚 19 点 is already 19:00; 中午 1 点 is 13:00; an end time inherits the start's word.
    private static int Apply(Meridiem meridiem, int hour) => meridiem switch
    {
        Meridiem.Afternoon when hour < 12 => hour + 12,
        Meridiem.Noon when hour < 11 => hour + 12,
        _ => hour,
    };
}
