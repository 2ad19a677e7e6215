using Bot.Core.Events;

namespace Bot.Core.Recaps.Dates;

/// <summary>Start and end of an event from its time sources (docs/PAGE-FORMAT.md §4.4): the first source with a date
/// wins; its clock time, else a same-day source's, else the first agenda slot. The end comes from that range, a
/// same-day source, or the last agenda slot only when nothing else gives one. Host slots and sign-in rows never
/// move the start (talk extraction already leaves them out). Weekday mismatches and disagreeing sources warn.</summary>
internal static class EventTimeResolver
{
    /// <summary>Where a day that is stated without an hour ends (an all-day event, the last day of a range).</summary>
    internal static readonly TimeOnly EndOfDay = new(23, 59, 59);
    private static readonly string[] WeekdayNames = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    // The weekdays' English names by value, as DayOfWeek's ToString() spells them: formatting the enum in a message
    // looked its names up again for every warning.
    private static readonly string[] EnglishWeekdays = Enum.GetNames<DayOfWeek>();

    public static (DateTimeOffset? Start, DateTimeOffset? End, bool HasClockTime) Resolve(
        List<TimeSource> primary, List<TimeSource> secondary, IReadOnlyList<Talk> talks, TimeZoneInfo zone, DateOnly? anchor, DiagnosticBag diagnostics, ProgrammeSpan? programme = null, DateOnly? agreed = null,
        IReadOnlyList<TimeSlot>? agendaRows = null, LineDates? lines = null)
    {
        var chosen = primary.FirstOrDefault(p => p.Date is not null);
        if (chosen?.Date is not { } date)
        {
            if (primary.Count > 0)
            {
                diagnostics.Warn(primary[0].Line, "year-unknown", $"{primary[0].Name} '{primary[0].Text.Describe()}' has no year and the front matter has no date to infer it from");
            }
            else
            {
                diagnostics.Warn(1, "no-date", "the event page gives no date (活动时间, 时间, 日期 or a dated description)");
            }

            return (null, null, true);
        }

        if (CopiedDate(date, agreed) is { } corrected)
        {
            diagnostics.Warn(chosen.Line, "date-conflict",
                $"{chosen.Name} gives {date:yyyy-MM-dd} but the front matter and the file name both give {corrected:yyyy-MM-dd}, the same weekday {(corrected.DayNumber - date.DayNumber) / 7} week(s) later: the body looks copied from another session's page; using {corrected:yyyy-MM-dd}");
            (chosen, date) = (chosen with { Date = corrected }, corrected);
        }

        Check(chosen, date, secondary, anchor, diagnostics);
        if (ZoneNames.Of(chosen.Text, zone) is { } written && written != zone)
        {
            zone = written;
            if (chosen.Text.ZoneAmbiguity is { } ambiguity)
            {
                diagnostics.Warn(chosen.Line, "zone-ambiguous", ambiguity);
            }
        }

        var sameDay = new List<TimeSource>();
        foreach (var sources in (ReadOnlySpan<List<TimeSource>>)[primary, secondary])
        {
            foreach (var source in sources)
            {
                if (source.Date == date && source.Text.Start is not null)
                {
                    sameDay.Add(source);
                }
            }
        }

        var slots = new List<TimeSlot>(talks.Count);
        foreach (var talk in talks)
        {
            if (talk.Slot is { } slot)
            {
                slots.Add(slot);
            }
        }
        if (agendaRows is { Count: > 0 } && (slots.Count == 0 || agendaRows[0].Start < slots[0].Start))
        {
            // An agenda the talk layouts did not read still writes the day's hours, and its opening row (`09:30-09:50
            // 开场致辞`, no talk) is when the day starts. Rows that run at least as late as the talks are the whole
            // programme, and their last row says when the day ends (`9:30 PM — Close` after the last talk).
            if (slots.Count > 0 && agendaRows[^1].Start >= slots[^1].Start)
            {
                slots.Clear();
            }

            slots.InsertRange(0, agendaRows);
        }

        if (chosen.Text.Start is null && slots.Count == 0 && programme is null && lines is not null && HoursNextToDate.Find(lines, chosen.Line) is { } hours)
        {
            chosen = chosen with { Text = chosen.Text with { Start = hours.Start, End = hours.End } };
        }

        // `The meeting will start at 19:00` under a date written alone says its hour before any agenda slot does.
        var startTime = chosen.Text.Start ?? sameDay.FirstOrDefault()?.Text.Start ?? (lines is null ? null : StartSentence.Find(lines)) ?? slots.FirstOrDefault()?.Start;
        var near = programme is { } p && Math.Abs(DateOnly.FromDateTime(p.Start.DateTime).DayNumber - date.DayNumber) <= YearResolver.DaysBefore ? p : null;
        if (near is not null && chosen.Text.Start is null && LastDay(chosen.Text, date) is { } statedLast
            && DateOnly.FromDateTime(near.Start.DateTime) is var firstTimed && firstTimed > date && firstTimed <= statedLast)
        {
            // `时间：9 月 7-9 日` above sessions that all fall on a later day of it (a project's talks at a conference):
            // the timed programme is a part of the event, whose days are the ones stated.
            diagnostics.Info(chosen.Line, "stated-days", $"{chosen.Name} gives the days {date:yyyy-MM-dd} to {statedLast:yyyy-MM-dd}; the timed sessions from {firstTimed:yyyy-MM-dd} are a part of them");
            return (At(date, TimeOnly.MinValue, zone), At(statedLast, EndOfDay, zone), false);
        }

        if (near is not null && (chosen.Text.Start is null || (near.SeveralDays && chosen.Name == TimeSources.ProseName)))
        {
            // A date without its hour, or a prose date on a page whose programme runs over several days, names the
            // week; the programme names the hours.
            var last = LastDayEnd(chosen, LastDay(chosen.Text, date), near.End, diagnostics)
                ?? LastDayEnd(chosen, near.LastListedDay, near.End, diagnostics) ?? near.End;
            return (near.Start, last > near.Start ? last : null, true);
        }

        if (startTime is not { } startAt)
        {
            diagnostics.Warn(chosen.Line, "no-clock-time", $"{chosen.Name} gives {date:yyyy-MM-dd} but no clock time; the event is shown by its date only (start at 00:00 in the zone)");
            startAt = TimeOnly.MinValue;
        }

        var start = At(date, startAt, zone);
        var end = EndOf(chosen, date, startAt, sameDay, slots, zone);
        if (near is { SeveralDays: true } && near.End > (end ?? start))
        {
            // A multi-day event ends with the last dated time of its page.
            end = near.End;
        }

        if (!(chosen.Text.Start is not null && chosen.Text.End is not null))
        {
            end = LastDayEnd(chosen, LastDay(chosen.Text, date), end ?? start, diagnostics) ?? end;
        }

        if (near is { SeveralDays: true })
        {
            end = LastDayEnd(chosen, near.LastListedDay, end ?? start, diagnostics) ?? end;
        }

        if (end is { } e && e <= start)
        {
            diagnostics.Warn(chosen.Line, "end-before-start", $"the end {e:yyyy-MM-dd HH:mm} is not after the start {start:yyyy-MM-dd HH:mm}; the end is dropped");
            end = null;
        }

        return (start, end, startTime is not null);
    }

    private static DateTimeOffset? EndOf(TimeSource chosen, DateOnly date, TimeOnly startAt, List<TimeSource> sameDay, List<TimeSlot> slots, TimeZoneInfo zone)
    {
        var text = chosen.Text;
        if (LastDay(text, date) is { } lastDay)
        {
            if (text.End is { } lastTime)
            {
                return At(lastDay, lastTime, zone);
            }

            if (text.Start is null)
            {
                // A range of whole days (`8 月 6-8 日`) ends with its last day.
                return At(lastDay, EndOfDay, zone);
            }
        }

        var endTime = (text.Start is not null ? text.End : null)
            ?? sameDay.FirstOrDefault(s => s.Text.Start == startAt && s.Text.End is not null)?.Text.End
            ?? slots.LastOrDefault()?.End;
        if (endTime is not { } t)
        {
            return null;
        }

        // `23:00 - 00:30`: an evening that runs past midnight ends the next day.
        return At(t < startAt && startAt.Hour >= LateEvening && t.Hour < EarlyMorning ? date.AddDays(1) : date, t, zone);
    }

    private const int LateEvening = 18;
    private const int EarlyMorning = 6;

    // `Thursday, June 18 and Friday, June 19`, `10 月 30 - 31 日 9:00` with hours for the first day only: a last day
    // after the last timed one, with no hour of its own, ends the event with that day, in the zone of the times.
    private static DateTimeOffset? LastDayEnd(TimeSource chosen, DateOnly? lastDay, DateTimeOffset lastTimed, DiagnosticBag diagnostics)
    {
        if (lastDay is not { } day || day <= DateOnly.FromDateTime(lastTimed.DateTime))
        {
            return null;
        }

        var end = new DateTimeOffset(day.ToDateTime(EndOfDay), lastTimed.Offset);
        diagnostics.Info(chosen.Line, "end-of-last-day",
            $"the page runs to {day:yyyy-MM-dd} but gives that day no hour; the event ends with the day ({end:yyyy-MM-dd HH:mm zzz})");
        return end;
    }

    // A weekly series starts each page from the last one: a body date whole weeks before the date that the front
    // matter and the file name agree on is a leftover of the earlier session. One weeks after it is the day an
    // announcement published ahead of the event names.
    private static DateOnly? CopiedDate(DateOnly date, DateOnly? agreed) =>
        agreed is { } both && both.DayNumber - date.DayNumber is var apart && apart > 0 && apart % 7 == 0 && apart <= 28
            ? both
            : null;

    private static DateOnly? LastDay(DateTimeText text, DateOnly date) =>
        text.EndDate is { } last ? YearResolver.Resolve(last.Year ?? (last.Month < date.Month ? date.Year + 1 : date.Year), last.Month, last.Day, null, null) : null;

    private static void Check(TimeSource chosen, DateOnly date, List<TimeSource> secondary, DateOnly? anchor, DiagnosticBag diagnostics)
    {
        if (chosen.Text.StatedWeekday is { } stated && stated != date.DayOfWeek)
        {
            diagnostics.Warn(chosen.Line, "weekday-mismatch",
                $"{chosen.Name} says {WeekdayNames[(int)stated]} but {date:yyyy-MM-dd} is a {WeekdayNames[(int)date.DayOfWeek]} ({EnglishWeekdays[(int)date.DayOfWeek]}); keeping the date");
            if (anchor is { } published && published != date && published.DayOfWeek == stated && Math.Abs(published.DayNumber - date.DayNumber) <= YearResolver.DaysAfter)
            {
                diagnostics.Warn(chosen.Line, "date-conflict",
                    $"{chosen.Name} gives {date:yyyy-MM-dd} but its {WeekdayNames[(int)stated]} fits the front-matter date {published:yyyy-MM-dd}; the page cannot tell which is right, using {date:yyyy-MM-dd}");
            }
        }

        if (chosen.Text.Year is null && anchor is { } a && !YearResolver.InWindow(date, a))
        {
            diagnostics.Warn(chosen.Line, "year-guess",
                $"{chosen.Name} '{chosen.Text.Describe()}' is far from the publish date {a:yyyy-MM-dd}; the year {date.Year} is a guess");
        }

        foreach (var other in secondary.Where(s => !ReferenceEquals(s, chosen) && s.Date is not null))
        {
            if (other.Date != date)
            {
                diagnostics.Warn(chosen.Line, "date-conflict",
                    $"{chosen.Name} gives {date:yyyy-MM-dd} but {other.Name} (line {other.Line}) gives {other.Date:yyyy-MM-dd}; using {chosen.Name}");
            }
            else if (chosen.Text.Start is { } mine && other.Text.Start is { } theirs && mine != theirs)
            {
                diagnostics.Warn(chosen.Line, "time-conflict",
                    $"{chosen.Name} gives {mine:HH\\:mm} but {other.Name} (line {other.Line}) gives {theirs:HH\\:mm}; using {chosen.Name}");
            }
        }
    }

    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
