using Bot.Core.Events;
using Bot.Core.Recaps.Talks;

namespace Bot.Core.Recaps.Dates;

/// <summary>The span of a page's programme: its lines that each write a date with a clock time
/// (<c>Tuesday, April 18 | 13:00 - 17:00 CEST</c>, <c>- Friday, March 22nd - 12:30 – 14:30 (local time)</c>). Posts
/// about a conference list sessions, meetings and booth hours on several days, not in time order; the event runs
/// from the earliest of them to the latest.</summary>
internal static class Programme
{
    // A line that is a day's heading (`Tuesday, September 26th`, `Day 2 · 2030 年 5 月 3 日`), not a sentence.
    private const int DayLineLength = 40;

    /// <summary>The span of two or more dated clock times near <paramref name="anchor"/>; null when the page has fewer.
    /// A zone written after one of them (<c>13:00 - 17:00 CEST</c>) is the zone of those that write none.</summary>
    /// <param name="headings">The page's headings in page order: a dated one (<c>## Day 2 — Sunday, January 17</c>) opens a
    /// day's agenda as a dated line does.</param>
    public static ProgrammeSpan? Of(LineDates dates, DateOnly? anchor, int? pathYear, TimeZoneInfo zone, IReadOnlyList<(string Text, int Level, int Line)>? headings = null)
    {
        var entries = new List<(DateOnly Date, DateTimeText Text)>();
        var rows = new List<(int Entry, TimeSlot Slot)>();
        DateOnly? day = null;
        DateOnly? lastListedDay = null;
        var heading = 0;
        for (var index = 0; index < dates.Lines.Count; index++)
        {
            var line = dates.Lines[index];
            for (; headings is not null && heading < headings.Count && headings[heading].Line < line.Line; heading++)
            {
                if (HeadingDay(headings[heading].Text, anchor, pathYear) is { } headed)
                {
                    day = headed;
                    lastListedDay = Later(lastListedDay, headed);
                }
            }

            if (line.InSummary)
            {
                continue;
            }

            var dated = false;
            foreach (var found in dates.Of(index))
            {
                if (YearResolver.Near(found, anchor, pathYear) is { } date)
                {
                    dated = true;
                    if (found.Start is not null)
                    {
                        entries.Add((date, found));
                    }
                    else
                    {
                        day = line.Text.Length <= DayLineLength ? date : day;
                        lastListedDay = Later(lastListedDay, LastDayOf(found, date));
                    }
                }
            }

            // A day's agenda: `Tuesday, September 26th`, then rows that start with their hours (`09:00 ~ 09:15 am - Welcome`).
            if (!dated && day is { } current && AgendaRow(line.Text) is { } row)
            {
                rows.Add((entries.Count, row));
                entries.Add((current, new DateTimeText(current.Year, current.Month, current.Day, null, row.Start, row.End)));
            }
        }

        SettleRows(entries, rows);

        if (entries.Count < 2)
        {
            return null;
        }

        var pageZone = entries.Select(e => ZoneNames.Of(e.Text, zone)).FirstOrDefault(z => z is not null) ?? zone;
        DateTimeOffset? first = null;
        DateTimeOffset? last = null;
        foreach (var (date, text) in entries)
        {
            var own = ZoneNames.Of(text, zone) ?? pageZone;
            var start = EventTimeResolver.At(date, text.Start!.Value, own);
            var end = text.End is { } close && close > text.Start ? EventTimeResolver.At(date, close, own) : start;
            first = first is { } f && f <= start ? f : start;
            last = last is { } l && l >= end ? l : end;
        }

        return new ProgrammeSpan(first!.Value, last!.Value, entries.Select(e => e.Date).Distinct().Skip(1).Any()) { LastListedDay = lastListedDay };
    }

    /// <summary>The hours of an agenda that no date of its own heads (<c>09:30-09:50 开场</c>, <c>13：30-14：10 …</c>
    /// under <c>## 上午</c> / <c>## 下午</c>): the clock times of the day another part of the page names (the description),
    /// for when its talks were not read with their slots. Two rows at least, in page order; none otherwise.</summary>
    public static List<TimeSlot> UndatedRows(LineDates dates)
    {
        var rows = new List<TimeSlot>();
        List<(TimeSlot Slot, string Title)>? timetable = null;
        for (var index = 0; index < dates.Lines.Count; index++)
        {
            var line = dates.Lines[index];
            if (line.InSummary || !(StartsWithDigit(line.Text) || StartsWithDayPart(line.Text)))
            {
                continue;
            }

            // A dated line is a date's own source, not a row (its dates are read only for lines that look like rows).
            if (AgendaRow(line.Text) is { } row)
            {
                // Sign-in before the start does not open the day (§14).
                if (!SignIn.In(line.Text) && dates.Of(index).Count == 0)
                {
                    rows.Add(row);
                }
            }
            else if (TimetableRow(line.Text) is { } entry && dates.Of(index).Count == 0)
            {
                (timetable ??= []).Add(entry);
            }
        }

        if (rows.Count < 2)
        {
            return timetable is null ? [] : Timetable(timetable);
        }

        TwelveHourAgenda.Settle(rows);
        return rows;
    }

    // The fewest rows of hours alone that make a timetable: two could be any two times in prose.
    private const int TimetableRows = 3;

    // Whole row titles that say the evening is over (`9:30 PM — Close`): the row's hour is the event's end, not a slot.
    private static readonly string[] ClosingTitles =
        ["end", "the end", "close", "doors close", "end of event", "end of the event", "event ends", "finish", "fin", "ende",
         "结束", "活动结束", "散场", "閉幕", "终", "終了"];

    /// <summary>An evening's timetable that gives each row its hour alone (<c>6:45 PM — Opening words</c>, <c>7:00 PM —
    /// Talk</c>, <c>9:30 PM — Close</c>): each row lasts until the next begins, doors opening before the first row do not
    /// open the day (§14), and a closing row ends the last one. Three rows or more, in order of time once the half of
    /// the day is settled; none otherwise.</summary>
    private static List<TimeSlot> Timetable(List<(TimeSlot Slot, string Title)> entries)
    {
        if (entries.Count < TimetableRows)
        {
            return [];
        }

        var slots = entries.ConvertAll(e => e.Slot);
        TwelveHourAgenda.Settle(slots);
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Start <= slots[i - 1].Start)
            {
                return [];
            }
        }

        var first = 0;
        while (first < entries.Count - 1 && SignIn.OpensRow(entries[first].Title))
        {
            first++;
        }

        var closes = IsClosing(entries[^1].Title);
        var rows = new List<TimeSlot>(slots.Count);
        for (var i = first; i < slots.Count - (closes ? 1 : 0); i++)
        {
            rows.Add(new TimeSlot(slots[i].Start, i + 1 < slots.Count ? slots[i + 1].Start : null));
        }

        return rows;
    }

    private static bool IsClosing(string title)
    {
        var bare = title.Trim(' ', '-', '–', '—', ':', '：', '|', '*', '_', '.', '!', '。', '！');
        foreach (var closing in ClosingTitles)
        {
            if (bare.Equals(closing, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A row that starts with one hour and goes on with its title (`19:00 Welcome`, `6:45 PM — Opening words`), or a
    // paragraph of a recap's account that opens with the hour and its half of the day (`下午 15:00 左右，安装聚会开始`).
    private static (TimeSlot Slot, string Title)? TimetableRow(string text)
    {
        var folded = ScanText.Fold(text);
        var i = ScanText.SkipSpaces(folded, 0);
        if (i >= folded.Length)
        {
            return null;
        }

        if (StartsWithDayPart(folded))
        {
            return TimeScanner.TryRange(folded, ref i, out var range, out _) && range.End is null && folded[i..] is var rest && rest.Any(char.IsLetter)
                ? (new TimeSlot(range.Start, null), rest)
                : null;
        }

        if (!SlotText.TryRead(folded[i..], out var slot, out var consumed, out _) || slot.End is not null)
        {
            return null;
        }

        var title = folded[(i + consumed)..];
        return title.Any(char.IsLetter) ? (slot, title) : null;
    }

    // `下午 14:00`, `晚上 7 点`: the half of the day said before the hour.
    private static bool StartsWithDayPart(string text) =>
        text.AsSpan().TrimStart() is [var c, var d, ..] && c is '上' or '下' or '中' or '早' or '晚' or '傍' && d is '午' or '上' or '晨' or '间' or '晚';

    // A heading that names a day without its hours, near the publish date.
    private static DateOnly? HeadingDay(string text, DateOnly? anchor, int? pathYear) =>
        TimeSources.DatedHeading(text, anchor, pathYear) is ({ Start: null }, var date) ? date : null;

    // `Thursday, June 18 and Friday, June 19`: the last day of a range of whole days the page writes.
    private static DateOnly? LastDayOf(DateTimeText found, DateOnly date) =>
        found.EndDate is { } end && YearResolver.Resolve(end.Year ?? (end.Month < date.Month ? date.Year + 1 : date.Year), end.Month, end.Day, null, null) is { } last && last > date
            ? last
            : null;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is { } x && (b is not { } y || x >= y) ? a : b;

    // The rows' hours written without am/pm read as the talks' do: `6:30` after `6:00 PM` is the evening's.
    private static void SettleRows(List<(DateOnly Date, DateTimeText Text)> entries, List<(int Entry, TimeSlot Slot)> rows)
    {
        if (!rows.Exists(r => r.Slot.Clock == SlotClock.EitherHalf))
        {
            return;
        }

        var slots = rows.ConvertAll(r => r.Slot);
        TwelveHourAgenda.Settle(slots);
        for (var i = 0; i < rows.Count; i++)
        {
            var (date, text) = entries[rows[i].Entry];
            entries[rows[i].Entry] = (date, text with { Start = slots[i].Start, End = slots[i].End });
        }
    }

    // The hours a row starts with; a time further into the line is part of its text, not its slot.
    private static TimeSlot? AgendaRow(string text)
    {
        if (!StartsWithDigit(text))
        {
            return null;
        }

        var folded = ScanText.Fold(text);
        var i = ScanText.SkipSpaces(folded, 0);
        if (i >= folded.Length || !char.IsAsciiDigit(folded[i]))
        {
            return null;
        }

        // An agenda's own reader first, for how it wrote the hour; the date reader's wider spellings (`下午 2 点`) after.
        if (SlotText.TryRead(folded[i..], out var slot, out _, out var impossible) && slot.End is not null && !impossible)
        {
            return slot;
        }

        return TimeScanner.TryRange(folded, ref i, out var range, out _) && range.End is { } end ? new TimeSlot(range.Start, end) : null;
    }

    // Whether the first character that folding keeps (it drops spaces, zero-width characters and emphasis markers) is
    // a digit: most lines are not rows, and this spares folding them.
    private static bool StartsWithDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '\u00A0' or '\t' or '\u3000' or '\r' or '\n' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '*' or '\uFF0A'))
            {
                return char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';
            }
        }

        return false;
    }
}

/// <param name="SeveralDays">The programme's dated times fall on more than one day.</param>
internal sealed record ProgrammeSpan(DateTimeOffset Start, DateTimeOffset End, bool SeveralDays)
{
    /// <summary>The last day of a range of whole days the page writes (<c>June 18 and 19</c>), without hours.</summary>
    public DateOnly? LastListedDay { get; init; }
}
