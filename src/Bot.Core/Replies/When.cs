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

    // A date without a clock time is a day in the event's own zone: converting its midnight to the chat's zone
    // could move it to the day before.
    public static string DateOf(Event e, ReplyContext view) =>
        e.Start is { } start
            ? TimeZoneInfo.ConvertTime(start, e.HasClockTime ? view.Zone : ZoneOf(e, view)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : view.Strings.DateUnknown;

    /// <summary>The event's own zone, or the chat's when the page's zone is not a known IANA id.</summary>
    public static TimeZoneInfo ZoneOf(Event e, ReplyContext view) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZoneId, out var zone) ? zone : view.Zone;

    public static bool IsPast(Event e, DateTimeOffset now) => e.Start is not null && CatalogSnapshot.EndOf(e) <= now;

    public static bool IsLive(Event e, DateTimeOffset now) => e.Start is { } start && start <= now && CatalogSnapshot.EndOf(e) > now;

    private static string Date(DateTimeOffset time, ReplyContext view) =>
        $"{time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {view.Strings.Weekday(time.DayOfWeek)}";

    private static string Offset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
