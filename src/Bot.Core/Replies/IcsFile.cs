using System.Text;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Formatting;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bot.Core.Replies;

/// <summary>An iCalendar file for one event: start and end in the event's own zone (TZID + VTIMEZONE), location
/// (venue or live room), the talks in the description.</summary>
public static class IcsFile
{
    public static ReplyDocument? For(Event e, ReplyContext view)
    {
        if (e.Start is not { } start)
        {
            return null;
        }

        var zone = When.ZoneOf(e, view);
        var end = e.End ?? start.AddHours(2);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{e.Id}@sofastack-community-bot",
            Summary = e.Title,
            Start = e.HasClockTime ? Local(start, zone) : Day(start, zone),
            // DTEND of an all-day event is exclusive: the next day.
            End = e.HasClockTime ? Local(end, zone) : Day(start, zone).AddDays(1),
            DtStamp = new CalDateTime(view.Now.UtcDateTime, "UTC"),
            Location = e.Venue ?? e.LiveUrl,
            Description = Describe(e, view),
        };
        if (HtmlBuilder.IsWebUrl(e.LiveUrl ?? e.RegistrationUrl))
        {
            calendarEvent.Url = new Uri((e.LiveUrl ?? e.RegistrationUrl)!);
        }

        var calendar = new Calendar();
        if (e.HasClockTime)
        {
            calendar.AddTimeZone(TimeZoneRules(zone, start, view.Now));
        }

        calendar.Events.Add(calendarEvent);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new ReplyDocument(FileName(e, view), "text/calendar", Encoding.UTF8.GetBytes(text));
    }

    // With its STANDARD/DAYLIGHT rules (RFC 5545 requires one), so clients without the IANA database still convert.
    // Ical.Net reads the zone's history from the year before the given date up to the system clock's now and throws
    // when that range is reversed, i.e. for any event more than about a year ahead. Starting at the earlier of the
    // event and now keeps the range valid; the rules in force now are the best knowledge of a future year's rules,
    // and the history since a past event (included) describes the offsets that applied on its date.
    private static VTimeZone TimeZoneRules(TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset now) =>
        VTimeZone.FromDateTimeZone(zone.Id, TimeZoneInfo.ConvertTime(start < now ? start : now, zone).DateTime, includeHistoricalData: true);

    // A floating DATE: the page's day, whatever the reader's zone.
    private static CalDateTime Day(DateTimeOffset time, TimeZoneInfo zone) =>
        new(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, zone).DateTime));

    // A local time the clocks pass twice (the hour after DST ends) is read as its first pass (RFC 5545 §3.3.5): an
    // instant in the second pass is written in UTC instead, or readers would place it up to an hour early.
    private static CalDateTime Local(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        if (zone.IsAmbiguousTime(local) && local.Offset < zone.GetAmbiguousTimeOffsets(local).Max())
        {
            return new CalDateTime(time.UtcDateTime, "UTC");
        }

        return new(DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified), zone.Id);
    }

    private static string Describe(Event e, ReplyContext view)
    {
        var sb = new StringBuilder();
        if (e.LiveUrl is not null)
        {
            sb.Append(view.Strings.LiveRoomLabel).AppendLine(e.LiveUrl);
        }

        foreach (var talk in e.Talks)
        {
            var slot = talk.Slot is { } s ? When.SlotOf(s, e, view, withOffset: true) + " " : string.Empty;
            var speakers = string.Join(", ", talk.Speakers.Select(sp => sp.Name));
            sb.AppendLine($"{slot}{talk.Title}{(speakers.Length > 0 ? " — " + speakers : string.Empty)}");
        }

        return sb.ToString().Trim();
    }

    // Telegram shows the file name; keep it ASCII and short (the page id can be long or non-ASCII).
    private static string FileName(Event e, ReplyContext view)
    {
        var label = e.SeriesLabel?.Replace('#', '-') ?? e.Id;
        var safe = new string(label.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return (safe.Length is > 0 and <= 60 ? safe : view.Catalog.KeyOf(e)) + ".ics";
    }
}
