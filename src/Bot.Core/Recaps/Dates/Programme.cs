using Bot.Core.Recaps.Outline;

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
    public static ProgrammeSpan? Of(PageOutline outline, DateOnly? anchor, int? pathYear, TimeZoneInfo zone)
    {
        var entries = new List<(DateOnly Date, DateTimeText Text)>();
        DateOnly? day = null;
        foreach (var line in outline.Lines)
        {
            if (line.InSummary)
            {
                continue;
            }

            var dated = false;
            foreach (var found in DateTimeScanner.FindDates(line.Text))
            {
                if (YearResolver.Resolve(found.Year ?? (anchor is null ? pathYear : null), found.Month, found.Day, found.StatedWeekday, anchor) is { } date
                    && (anchor is not { } a || YearResolver.InWindow(date, a)))
                {
                    dated = true;
                    if (found.Start is not null)
                    {
                        entries.Add((date, found));
                    }
                    else if (line.Text.Length <= DayLineLength)
                    {
                        day = date;
                    }
                }
            }

            // A day's agenda: `Tuesday, September 26th`, then rows that start with their hours (`09:00 ~ 09:15 am - Welcome`).
            if (!dated && day is { } current && AgendaRow(line.Text) is { } row)
            {
                entries.Add((current, new DateTimeText(current.Year, current.Month, current.Day, null, row.Start, row.End)));
            }
        }

        if (entries.Count < 2)
        {
            return null;
        }

        var written = entries.Select(e => e.Text.Offset).FirstOrDefault(o => o is not null);
        var pageZone = written is { } offset ? TimeZones.Fixed(offset) : zone;
        DateTimeOffset? first = null;
        DateTimeOffset? last = null;
        foreach (var (date, text) in entries)
        {
            var own = text.Offset is { } o ? TimeZones.Fixed(o) : pageZone;
            var start = EventTimeResolver.At(date, text.Start!.Value, own);
            var end = text.End is { } close && close > text.Start ? EventTimeResolver.At(date, close, own) : start;
            first = first is { } f && f <= start ? f : start;
            last = last is { } l && l >= end ? l : end;
        }

        return new ProgrammeSpan(first!.Value, last!.Value, entries.Select(e => e.Date).Distinct().Skip(1).Any());
    }

    // The hours a row starts with; a time further into the line is part of its text, not its slot.
    private static TimeRange? AgendaRow(string text)
    {
        var folded = ScanText.Fold(text);
        var i = ScanText.SkipSpaces(folded, 0);
        return i < folded.Length && char.IsAsciiDigit(folded[i]) && TimeScanner.TryRange(folded, ref i, out var range, out _) && range.End is not null
            ? range
            : null;
    }
}

/// <param name="SeveralDays">The programme's dated times fall on more than one day.</param>
internal sealed record ProgrammeSpan(DateTimeOffset Start, DateTimeOffset End, bool SeveralDays);
