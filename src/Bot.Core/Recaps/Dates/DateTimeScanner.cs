using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Finds date/time spellings (docs/PAGE-FORMAT.md §4.1) in free text.
/// Hand-written and linear in the input: every attempt reads a bounded number of characters.</summary>
public static class DateTimeScanner
{
    /// <summary>The first date in <paramref name="text"/> with the weekday and clock times that follow it.</summary>
    public static DateTimeText? FindDate(string? text) => FindDates(text).FirstOrDefault();

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateTimeText> FindDates(string? text)
    {
        var s = Fold(text);
        DayOfWeek? pendingWeekday = null;
        var pendingEnd = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var wordStart = i == 0 || !char.IsAsciiLetterOrDigit(s[i - 1]);
            if (!wordStart || !(char.IsAsciiDigit(c) || char.IsAsciiLetter(c)))
            {
                continue;
            }

            var j = i;
            if (char.IsAsciiLetter(c) && WeekdayScanner.TryEnglish(s, ref j, out var named))
            {
                (pendingWeekday, pendingEnd) = (named, j);
                i = j - 1;
                continue;
            }

            if (!DateScanner.TryAt(s, ref j, out var date))
            {
                continue;
            }

            var before = pendingEnd >= 0 && SkipFiller(s, pendingEnd) == i ? pendingWeekday : null;
            var found = Tail(s, ref j, date, before);
            i = j - 1;
            yield return found;
        }
    }

    /// <summary>The first clock time or range in <paramref name="text"/>, for values that carry no date.</summary>
    public static TimeRange? FindTime(string? text) => TimeScanner.Find(Fold(text));

    // `Wednesday, April 19: 16:00 – 21:00`, `March 22nd - 14:00 - 14:35`: a colon or a dash between the date and its hours.
    private static bool TimeAfterLead(string s, int i, ref int t, out TimeRange range, out (int? Year, int Month, int Day)? rangeEnd)
    {
        (range, rangeEnd) = (null!, null);
        var j = SkipSpaces(s, i);
        if (!(At(s, j, ':') || At(s, j, '-')))
        {
            return false;
        }

        j++;
        if (!TimeScanner.TryRange(s, ref j, out range, out rangeEnd))
        {
            return false;
        }

        t = j;
        return true;
    }

    private static DateTimeText Tail(string s, ref int i, (int? Year, int Month, int Day) date, DayOfWeek? weekday)
    {
        var j = WeekdayScanner.Skip(s, i, out var stated);
        (int? Year, int Month, int Day)? endDate = null;
        var k = j;
        var j2 = j;
        if (TrySeparator(s, ref k) && DateScanner.TryAt(s, ref k, out var last))
        {
            endDate = last;
            j = WeekdayScanner.Skip(s, k, out _);
        }
        else if (TrySeparator(s, ref j2) && DateScanner.TryDayOnly(s, ref j2, date.Day, out var lastDay))
        {
            // `8 月 6-8 日`, `December 10th through the 13th`: the end names only its day.
            endDate = (date.Year, date.Month, lastDay);
            j = WeekdayScanner.Skip(s, j2, out _);
        }

        TimeOnly? start = null;
        TimeOnly? end = null;
        var t = j;
        if (TimeScanner.TryRange(s, ref t, out var range, out var rangeEnd) || TimeAfterLead(s, j, ref t, out range, out rangeEnd))
        {
            (start, end) = (range.Start, range.End);
            endDate ??= rangeEnd;
            j = t;
        }

        TimeSpan? offset = null;
        string? ambiguity = null;
        if (start is not null && ZoneNames.TryRead(s, ref j, out var written, out ambiguity))
        {
            offset = written;
        }

        i = Math.Max(j, i + 1);
        return new DateTimeText(date.Year, date.Month, date.Day, stated ?? weekday, start, end, endDate) { Offset = offset, ZoneAmbiguity = ambiguity };
    }
}
