using System.Globalization;

namespace Bot.Core.Reminders;

/// <summary>Times shown in the chat's zone, always with the offset so nobody has to guess.</summary>
public static class LocalTime
{
    public static TimeZoneInfo Zone(string? zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId ?? Subscription.DefaultTimeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Subscription.DefaultTimeZoneId);
        }
    }

    public static bool IsKnownZone(string zoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _);

    /// <summary><c>2026-12-05 Sat 14:00 (UTC+01:00)</c>.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone, AnnouncementStrings s)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture,
            $"{local:yyyy-MM-dd} {s.WeekDays[(int)local.DayOfWeek]} {local:HH:mm} (UTC{sign}{offset:hh\\:mm})");
    }

    /// <summary>When the page gives only a day: that day as the page means it, in the event's own zone
    /// (<c>2025-04-26 Sat (time not announced)</c>), never a made-up midnight.</summary>
    public static string FormatDay(DateTimeOffset start, string eventZoneId, AnnouncementStrings s)
    {
        var local = TimeZoneInfo.ConvertTime(start, Zone(eventZoneId));
        return string.Create(CultureInfo.InvariantCulture,
            $"{local:yyyy-MM-dd} {s.WeekDays[(int)local.DayOfWeek]} ({s.TimeNotAnnounced})");
    }
}
