using System.Globalization;
using Bot.Core.Catalog;
using Bot.Core.Events;

namespace Bot.Core.Replies;

/// <summary>Event times in the chat's zone, always with the offset so nobody has to guess.</summary>
public static class When
{
    public static string Of(Event e, ReplyContext view)
    {
        if (e.Start is not { } startUtc)
        {
            return view.Strings.DateUnknown;
        }

        if (!e.HasClockTime)
        {
            return $"{Date(TimeZoneInfo.ConvertTime(startUtc, ZoneOf(e, view)), view)} ({view.Strings.ClockTimeUnknown})";
        }

        var start = TimeZoneInfo.ConvertTime(startUtc, view.Zone);
        var text = $"{Date(start, view)} {start.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        if (e.End is { } endUtc)
        {
            var end = TimeZoneInfo.ConvertTime(endUtc, view.Zone);
            text += end.Date == start.Date
                ? "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture)
                : " – " + Date(end, view) + " " + end.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return $"{text} ({Offset(start.Offset)})";
    }

    /// <summary>A talk's slot in the chat's zone (<c>12:00–12:50</c>), read on the event's day in the event's zone;
    /// <c>(+1)</c> when it falls on another day than the event's start there, and the offset when
    /// <paramref name="withOffset"/> (lines under a header that gives it need not repeat it).</summary>
    public static string SlotOf(TimeSlot slot, Event e, ReplyContext view, bool withOffset)
    {
        if (e.Start is not { } start)
        {
            return Clock(slot.Start) + (slot.End is { } written ? "–" + Clock(written) : string.Empty);
        }

        var zone = ZoneOf(e, view);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var startDay = TimeZoneInfo.ConvertTime(start, view.Zone).Date;
        var from = TimeZoneInfo.ConvertTime(At(day, slot.Start, zone), view.Zone);
        var text = Clock(from) + DayShift(from, startDay);
        if (slot.End is { } endTime)
        {
            // An end before the start (23:30–00:30) is on the next day.
            var to = TimeZoneInfo.ConvertTime(At(endTime < slot.Start ? day.AddDays(1) : day, endTime, zone), view.Zone);
            text += "–" + Clock(to) + (to.Date != from.Date ? DayShift(to, startDay) : string.Empty);
        }

        return withOffset ? $"{text} ({Offset(from.Offset)})" : text;
    }

    // A date without a clock time is a day in the event's own zone: converting its midnight to the chat's zone
    // could move it to the day before.
    public static string DateOf(Event e, ReplyContext view) =>
        DayOf(e, view)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? view.Strings.DateUnknown;

    /// <summary>The day the event starts on for this chat: in its zone, or in the event's own for a date-only event.</summary>
    public static DateOnly? DayOf(Event e, ReplyContext view) =>
        e.Start is { } start ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, e.HasClockTime ? view.Zone : ZoneOf(e, view)).DateTime) : null;

    /// <summary><c>2026-12-03 Thu</c>, or <c>2026-11-23 – 2026-11-29</c>.</summary>
    public static string DaysOf(DateOnly from, DateOnly to, ReplyContext view) =>
        from == to
            ? $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {view.Strings.Weekday(from.DayOfWeek)}"
            : $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The event's own zone, or the chat's when the page's zone is not a known IANA id.</summary>
    public static TimeZoneInfo ZoneOf(Event e, ReplyContext view) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZoneId, out var zone) ? zone : view.Zone;

    public static bool IsPast(Event e, DateTimeOffset now) => e.Start is not null && CatalogSnapshot.EndOf(e) <= now;

    public static bool IsLive(Event e, DateTimeOffset now) => e.Start is { } start && start <= now && CatalogSnapshot.EndOf(e) > now;

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Clock(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string DayShift(DateTimeOffset time, DateTime startDay) =>
        time.Date == startDay ? string.Empty : (time.Date > startDay ? "(+" : "(") + (time.Date - startDay).Days.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Date(DateTimeOffset time, ReplyContext view) =>
        $"{time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {view.Strings.Weekday(time.DayOfWeek)}";

    private static string Offset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
