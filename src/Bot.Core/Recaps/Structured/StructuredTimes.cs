using Bot.Core.Events;
using Bot.Core.Recaps.Dates;

namespace Bot.Core.Recaps.Structured;

/// <summary>Start and end when the front matter states them. The front matter wins; the prose only fills in what it
/// leaves out (a clock time for a bare date, an end), and a prose date or time that disagrees is reported with both
/// values.</summary>
internal static class StructuredTimes
{
    public static (DateTimeOffset? Start, DateTimeOffset? End, bool HasClockTime) Resolve(
        StructuredTime start, StructuredTime? end, List<TimeSource> prose, IReadOnlyList<Talk> talks, TimeZoneInfo zone, DiagnosticBag diagnostics,
        LineDates? lines = null)
    {
        (start, end) = (InZone(start, zone), end is null ? null : InZone(end, zone));
        var value = start.Value;
        var hasClock = start.HasClockTime;
        var day = DateOnly.FromDateTime(value.DateTime);
        var said = prose.FirstOrDefault(p => p.Date is not null);
        if (said?.Date is { } date)
        {
            if (date != day)
            {
                diagnostics.Warn(start.Line, "structured-prose-conflict",
                    $"the front matter's {start.Key} gives {Show(value, hasClock)} but {said.Name} (line {said.Line}) gives {date:yyyy-MM-dd}; using the front matter");
            }
            else if (said.Text.Start is { } clock)
            {
                if (!hasClock)
                {
                    (value, hasClock) = (At(day, clock, value.Offset), true);
                }
                else if (TimeOnly.FromDateTime(value.DateTime) is var mine && mine != clock)
                {
                    diagnostics.Warn(start.Line, "structured-prose-conflict",
                        $"the front matter's {start.Key} gives {mine:HH\\:mm} but {said.Name} (line {said.Line}) gives {clock:HH\\:mm}; using the front matter");
                }
            }
        }

        // `hostDate: 2019-06-22` above an agenda whose entries have hours: the first one is when the day starts.
        if (!hasClock && talks.FirstOrDefault(t => t.Slot is not null)?.Slot is { } first)
        {
            (value, hasClock) = (At(day, first.Start, value.Offset), true);
        }

        // `eventEndDate: 2021-06-23` under a start on that day says no more than the day: the prose's hour ends it. A
        // later day without an hour (`eventEndDate: 2021-02-26`) ends with that day, not as it begins.
        var endDay = end is { HasClockTime: false } ? DateOnly.FromDateTime(end.Value.DateTime) : (DateOnly?)null;
        var endValue = endDay == day ? null
            : endDay > day ? At(endDay.Value, EventTimeResolver.EndOfDay, end!.Value.Offset)
            : end?.Value;
        if (endValue is { } e && e <= value)
        {
            endValue = YearTypo(value, e, end!.Line, diagnostics);
        }

        // A front-matter end that cannot be used leaves the end to the prose, as a missing one does.
        endValue ??= ProseEnd(said, day, talks, value.Offset, hasClock, lines);
        if (endValue is { } proseEnd && proseEnd <= value)
        {
            endValue = YearTypo(value, proseEnd, start.Line, diagnostics);
        }

        return (value, endValue, hasClock);
    }

    // `start = "2026-05-13T22:00:00Z"`: a front matter's time in UTC is an instant its generator wrote, the event's clock
    // is the community's (18:00 in Durham); its day is the local one too.
    private static StructuredTime InZone(StructuredTime time, TimeZoneInfo zone) =>
        time is { HasClockTime: true, Value.Offset.Ticks: 0 } ? time with { Value = TimeZoneInfo.ConvertTime(time.Value, zone) } : time;

    /// <summary>The end when the front matter states one (<c>endDate: 2021-06-12T23:59:59</c>) but the prose gave the
    /// start: the front matter's wins, as everywhere, once it is after that start.</summary>
    public static DateTimeOffset? EndUnderProseStart(DateTimeOffset? start, DateTimeOffset? proseEnd, StructuredTime? stated) =>
        stated is { } end && start is { } from && end.Value > from ? end.Value : proseEnd;

    private static DateTimeOffset? ProseEnd(TimeSource? said, DateOnly day, IReadOnlyList<Talk> talks, TimeSpan offset, bool hasClock, LineDates? lines)
    {
        if (!hasClock)
        {
            // A stated date with no time and no end is an all-day event: it ends with its day.
            return At(day, EventTimeResolver.EndOfDay, offset);
        }

        if (said is { Date: { } date, Text.End: { } end } && date == day)
        {
            return At(day, end, offset);
        }

        var last = talks.Select(t => t.Slot?.End).LastOrDefault(t => t is not null);
        // The page's own timetable (`21:30 - Doors close` under talks listed in the front matter) runs to its last row.
        if (lines is not null && Programme.UndatedRows(lines) is [.., { End: { } rowsEnd }] && (last is null || rowsEnd > last))
        {
            last = rowsEnd;
        }

        return last is { } t ? At(day, t, offset) : null;
    }

    // `date_end: 2022-08-19…` under `date: 2023-08-19…`: the same day and hour in the start's year is what was meant.
    private static DateTimeOffset? YearTypo(DateTimeOffset start, DateTimeOffset end, int line, DiagnosticBag diagnostics)
    {
        if (end.Year != start.Year && end.Month == start.Month && end.Day >= start.Day
            && DateTime.DaysInMonth(start.Year, end.Month) >= end.Day
            && new DateTimeOffset(start.Year, end.Month, end.Day, end.Hour, end.Minute, end.Second, end.Offset) is var fixedEnd && fixedEnd > start)
        {
            diagnostics.Warn(line, "end-before-start", $"the end {end:yyyy-MM-dd HH:mm} is before the start {start:yyyy-MM-dd HH:mm}; reading it as {fixedEnd:yyyy-MM-dd HH:mm}, the start's year");
            return fixedEnd;
        }

        diagnostics.Warn(line, "end-before-start", $"the end {end:yyyy-MM-dd HH:mm} is not after the start {start:yyyy-MM-dd HH:mm}; the end is dropped");
        return null;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeSpan offset) => new(day.ToDateTime(time), offset);

    private static string Show(DateTimeOffset value, bool hasClock) => value.ToString(hasClock ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
