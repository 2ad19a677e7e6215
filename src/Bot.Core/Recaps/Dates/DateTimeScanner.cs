using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Finds date/time spellings (docs/PAGE-FORMAT.md §4.1) in free text.
/// Hand-written and linear in the input: every attempt reads a bounded number of characters.</summary>
public static class DateTimeScanner
{
    // The first letters of the English month and weekday names: other words start no date.
    private static readonly SearchValues<char> EnglishInitials = SearchValues.Create("adfjmnostwADFJMNOSTW");

    // The first characters of the zone names that may stand before a date (`UTC+8`, `GMT`, `北京时间`, `东八区`).
    private static readonly SearchValues<char> ZoneStarts = SearchValues.Create("UG北东");

    // Every character the scan acts on: a digit, an English initial or a zone's first character. The scan jumps from
    // one to the next instead of judging each character of a line in turn.
    private static readonly SearchValues<char> Starts = SearchValues.Create("0123456789adfjmnostwADFJMNOSTWUG北东");

    // The same without the Chinese zones' first characters, for text that has neither: a set of ASCII characters only
    // is searched for many characters at a time, where the two CJK ones make .NET test CJK text one character at a time.
    private static readonly SearchValues<char> AsciiStarts = SearchValues.Create("0123456789adfjmnostwADFJMNOSTWUG");

    /// <summary>The first date in <paramref name="text"/> with the weekday and clock times that follow it.</summary>
    public static DateTimeText? FindDate(string? text) => MayHoldDate(text) ? Scan(Fold(text), firstOnly: true)?[0] : null;

    /// <summary><see cref="FindDate"/> in text already folded (<see cref="ScanText.Fold"/>).</summary>
    internal static DateTimeText? FindDateIn(string folded) => MayHoldDate(folded) ? Scan(folded, firstOnly: true)?[0] : null;

    /// <summary>Whether a date, or a weekday or zone written before one, could start in <paramref name="text"/>: it holds
    /// a character the scan acts on, or a full-width form that folds to one.</summary>
    internal static bool MayStartIn(string text) =>
        text.AsSpan().ContainsAny(Starts) || text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E');

    /// <summary>Whether a date could start in folded text that has no digit: the scan acts there only on a month's or a
    /// weekday's name, or on a zone written before a date, and a zone it reads there is UTC, GMT, 北京时间 or 东八区.</summary>
    internal static bool MayStartWithoutDigit(string folded) =>
        CalendarWords.AnyIn(folded) || folded.Contains("UTC", StringComparison.Ordinal) || folded.Contains("GMT", StringComparison.Ordinal)
        || folded.Contains("北京时间", StringComparison.Ordinal) || folded.Contains("东八区", StringComparison.Ordinal);

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateTimeText> FindDates(string? text) => All(text);

    /// <summary><see cref="FindDates"/> as a list, for callers that keep it.</summary>
    internal static IReadOnlyList<DateTimeText> All(string? text) => (MayHoldDate(text) ? Scan(Fold(text), firstOnly: false) : null) ?? [];

    // Most lines with a digit hold no date: a few vectorised searches tell most of them, before folding and scanning.
    private static bool MayHoldDate([NotNullWhen(true)] string? text) => HasDigit(text) && DateClues.MayHoldDate(text);

    // The dates of folded text, or null when it has none (most lines: no list is allocated for them).
    private static List<DateTimeText>? Scan(string s, bool firstOnly)
    {
        List<DateTimeText>? dates = null;
        DayOfWeek? pendingWeekday = null;
        var (pendingStart, pendingEnd) = (-1, -1);
        ZoneNames.Written? pendingZone = null;
        var pendingZoneEnd = -1;
        var starts = s.AsSpan().ContainsAny('北', '东') ? Starts : AsciiStarts;
        for (var i = 0; i < s.Length; i++)
        {
            var next = s.AsSpan(i).IndexOfAny(starts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = s[i];
            var wordStart = i == 0 || !char.IsAsciiLetterOrDigit(s[i - 1]);
            if (!wordStart)
            {
                continue;
            }

            var j = i;
            // `北京时间 2030 年 5 月 1 日 19:00`, `GMT+8 May 1, 19:00`: a zone written before the date.
            if (ZoneStarts.Contains(c) && ReadZone(s, ref j) is { } zone)
            {
                (pendingZone, pendingZoneEnd) = (zone, j);
                i = j - 1;
                continue;
            }

            if (!(char.IsAsciiDigit(c) || EnglishInitials.Contains(c)))
            {
                continue;
            }

            // A word starts a date only when it names a month or a weekday; any other is passed over as a whole.
            if (char.IsAsciiLetter(c) && !CalendarWords.IsNameAt(s, i, out var wordEnd))
            {
                i = wordEnd - 1;
                continue;
            }

            if (char.IsAsciiLetter(c) && WeekdayScanner.TryEnglish(s, ref j, out var named))
            {
                (pendingWeekday, pendingStart, pendingEnd) = (named, i, j);
                i = j - 1;
                continue;
            }

            (int? Year, int Month, int Day)? lastOfRange = null;
            if (EnglishDateScanner.TryDayRange(s, ref j, out var date, out var last))
            {
                lastOfRange = last;
            }
            else if (!DateScanner.TryAt(s, ref j, out date) && !DateScanner.TryMonthDayBeforeWeekdayOrTime(s, ref j, out date))
            {
                continue;
            }

            // `Wednesday the 7th of April`: the weekday before its day, an article between.
            var before = pendingEnd >= 0 && SkipArticle(s, SkipFiller(s, pendingEnd)) == i ? pendingWeekday : null;
            var zoneBefore = pendingZoneEnd >= 0 && SkipFiller(s, pendingZoneEnd) == i ? pendingZone ?? default : default;
            // `2026.7.11-7.12`, `2026/7/11~12`: a numeric date whose end is written short, with the same separator.
            var numeric = j - i >= 8 && char.IsAsciiDigit(c) && s[i + 4] is '.' or '/' or '-' ? s[i + 4] : '\0';
            var found = Tail(s, ref j, date, before, zoneBefore, lastOfRange, numeric);
            if (found is { Start: { } start, End: null } && StatedEnd.After(s, j) is { } end && end > start)
            {
                found = found with { End = end };
            }
            else if (found.Start is null && HoursBeforeDate.Read(s, before is null ? i : pendingStart, out var written) is { } hours)
            {
                found = found with { Start = hours.Start, End = hours.End };
                if (written is { } after && found.Offset is null && found.ZoneId is null)
                {
                    found = found.In(after);
                }
            }

            (dates ??= []).Add(found);
            if (firstOnly)
            {
                break;
            }

            i = j - 1;
        }

        return dates;
    }

    /// <summary>The first clock time or range in <paramref name="text"/>, for values that carry no date.</summary>
    public static TimeRange? FindTime(string? text) => TimeScanner.Find(Fold(text));

    /// <summary><paramref name="day"/> at the clock times <paramref name="text"/> gives, with the zone written after
    /// them (<c>Time: 6:30 PM – 9:30 PM (CET)</c> under <c>Date: …</c>); null when it gives none.</summary>
    public static DateTimeText? AtTimeOf(DateTimeText day, string? text)
    {
        var s = Fold(text);
        if (TimeScanner.Find(s, out var after) is not { } range)
        {
            return null;
        }

        var timed = day with { Start = range.Start, End = range.End };
        return ReadZone(s, ref after) is { } zone ? timed.In(zone) : timed;
    }

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

    private static DateTimeText Tail(string s, ref int i, (int? Year, int Month, int Day) date, DayOfWeek? weekday, ZoneNames.Written before, (int? Year, int Month, int Day)? lastOfRange = null, char numeric = '\0')
    {
        var j = ScanText.SkipNote(s, WeekdayScanner.Skip(s, i, out var stated));
        // A date read with its last day (`May 12-13, 2026`) has no range after it to look for.
        var endDate = lastOfRange;
        var k = j;
        var j2 = j;
        if (endDate is null && (TrySeparator(s, ref k) || TryDayListEnd(s, ref k)) && DateScanner.TryAt(s, ref k, out var last))
        {
            endDate = last;
            j = WeekdayScanner.Skip(s, k, out _);
        }
        else if (endDate is null && TrySeparator(s, ref j2) && DateScanner.TryDayOnly(s, ref j2, date.Day, out var lastDay))
        {
            // `8 月 6-8 日`, `December 10th through the 13th`: the end names only its day.
            endDate = (date.Year, date.Month, lastDay);
            j = WeekdayScanner.Skip(s, j2, out _);
        }
        else if (endDate is null && NextDayListed(s, j, date.Day) is { } listedEnd)
        {
            // `2018年6月9日、10日`: two days in a row listed one after the other are the event's span.
            (endDate, j) = ((date.Year, date.Month, date.Day + 1), listedEnd);
        }
        else if (endDate is null && numeric != '\0' && ShortNumericEnd(s, ref j, date, numeric) is { } shortEnd)
        {
            endDate = shortEnd;
        }

        // `2030 年 5 月 1 日 北京时间 19:00`: a zone may stand between the date and its hours.
        var zone = before;
        var z = SkipHoursLead(s, j);
        if (ReadZone(s, ref z) is { } between)
        {
            (zone, z) = (between, SkipFiller(s, z));
        }

        TimeOnly? start = null;
        TimeOnly? end = null;
        var t = z;
        if (TimeScanner.TryRange(s, ref t, out var range, out var rangeEnd) || TimeAfterLead(s, z, ref t, out range, out rangeEnd)
            || TimeScanner.TryDottedRange(s, ref t, out range))
        {
            (start, end) = (range.Start, range.End);
            endDate ??= rangeEnd;
            j = t;
            if (ReadZone(s, ref j) is { } after)
            {
                zone = after;
            }

            if (end is null && endDate is null && TryDateTimeEnd(s, ref j, out var endDay, out var endTime))
            {
                (endDate, end) = (endDay, endTime);
            }
        }

        i = Math.Max(j, i + 1);
        var text = new DateTimeText(date.Year, date.Month, date.Day, stated ?? weekday, start, end, endDate);
        return start is null ? text : text.In(zone);
    }

    /// <summary>Reads the dates' tail from <paramref name="i"/> for a date found another way (a weekday relative to the
    /// publish date: <c>下周三晚 8 点</c>).</summary>
    internal static DateTimeText TailOf(string s, int i, DateOnly date) => Tail(s, ref i, (date.Year, date.Month, date.Day), null, default);

    private static int SkipArticle(string s, int i) =>
        i + 4 <= s.Length && s.AsSpan(i, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) ? SkipFiller(s, i + 4) : i;

    private static ZoneNames.Written? ReadZone(string s, ref int i) => ZoneNames.Read(s, ref i);

    // `10 月 30 - 31 日，每天 9:00 - 17:00`, `May 1 at 10:00`, `24 November 2015 @ 19:00`, `06. November 2018 ab 19:00 Uhr`,
    // `2030-05-01T10:00`: what leads from a date to its hours.
    private static int SkipHoursLead(string s, int i)
    {
        // `2030-03-20T08:00:00+08:00`: an ISO 8601 date and time in prose.
        if (At(s, i, 'T') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
        {
            return i + 1;
        }

        var j = SkipFiller(s, i);
        return TryWord(s, ref j, "每天") || TryWord(s, ref j, "每日") || TryWord(s, ref j, "daily") || TryWord(s, ref j, "at ") || TryWord(s, ref j, "@") || TryWord(s, ref j, "from ")
            || TryWord(s, ref j, "ab ")
            ? SkipFiller(s, j)
            : i;
    }

    // The end of a numeric date's range written short: `-7.12` (month and day, the start's separator) or `~12` (the
    // day alone), later than the start and not a clock time (`-12:00`, `-12 点`).
    private static (int? Year, int Month, int Day)? ShortNumericEnd(string s, ref int i, (int? Year, int Month, int Day) date, char sep)
    {
        var j = i;
        if (!TrySeparator(s, ref j) || !TryInt(s, ref j, 2, out var first))
        {
            return null;
        }

        (int? Year, int Month, int Day) end = (date.Year, date.Month, first);
        var k = j + 1;
        if (At(s, j, sep) && TryInt(s, ref k, 2, out var day))
        {
            (end, j) = ((date.Year, first, day), k);
        }

        var later = end.Month > date.Month || (end.Month == date.Month && end.Day > date.Day);
        if (!later || !IsValidDate(end.Year, end.Month, end.Day) || !EndsNumber(s, j))
        {
            return null;
        }

        i = WeekdayScanner.Skip(s, j, out _);
        return end;
    }

    // Nothing that would make the number part of a clock time, a decimal or a longer date follows it.
    private static bool EndsNumber(string s, int i)
    {
        var next = SkipSpaces(s, i);
        if (next < s.Length && s[next] is '点' or '时' or ':' or '.' or '月' or '年' or '日' or '号' or '%')
        {
            return false;
        }

        return i >= s.Length || s[i] is ' ' or '(' or ')' or ',' or '，' or '（' or '|' or '、' or '周' or '星';
    }

    // `2026-03-14T14:00+08:00 to 2026-03-14T17:00+08:00`: the end written as a whole date and time of its own; its zone,
    // when written, is read past (the start's zone stands for the range).
    private static bool TryDateTimeEnd(string s, ref int i, out (int? Year, int Month, int Day) endDate, out TimeOnly end)
    {
        (endDate, end) = (default, default);
        var j = i;
        if (!TrySeparator(s, ref j) || !DateScanner.TryAt(s, ref j, out var day))
        {
            return false;
        }

        var t = SkipHoursLead(s, j);
        if (!TimeScanner.TryRange(s, ref t, out var range, out _) || range.End is not null)
        {
            return false;
        }

        ReadZone(s, ref t);
        (endDate, end, i) = (day, range.Start, t);
        return true;
    }

    // `9日、10日`, `9 日和 10 日`: the day after a date, listed with its day only; the index after it, or null.
    private static int? NextDayListed(string s, int i, int day)
    {
        // The weekday reading before this skips a 、 with the other punctuation around a date.
        var j = SkipSpaces(s, i);
        if (!((j > 0 && s[j - 1] == '、') || TryWord(s, ref j, "、") || TryWord(s, ref j, "和") || TryWord(s, ref j, "及")))
        {
            return null;
        }

        j = SkipSpaces(s, j);
        return DateScanner.TryDayOnly(s, ref j, day, out var next) && next == day + 1 && s[j - 1] is '日' or '号' ? WeekdayScanner.Skip(s, j, out _) : null;
    }

    // `Thursday, June 18 and Friday, June 19, 2026`: the days of an event listed one by one; the last is its end.
    private static bool TryDayListEnd(string s, ref int i)
    {
        var j = SkipSpaces(s, i);
        if (!(TryWord(s, ref j, "and ") || TryWord(s, ref j, "& ") || TryWord(s, ref j, "和") || TryWord(s, ref j, "及")))
        {
            return false;
        }

        i = WeekdayScanner.Skip(s, j, out _);
        return true;
    }
}
