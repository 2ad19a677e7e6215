using System.Collections.Concurrent;

namespace Bot.Core.Recaps;

/// <summary>IANA zone lookup, cached; an unknown id falls back to UTC+8 (China time, the corpus' only zone).</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    /// <summary>A zone of one fixed offset, for times written with their own (<c>13:00 CEST</c>).</summary>
    public static TimeZoneInfo Fixed(TimeSpan offset)
    {
        var id = "UTC" + Dates.ZoneNames.FormatOffset(offset);
        return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
    }

    public static TimeZoneInfo Find(string id, out bool found)
    {
        var zone = Cache.GetOrAdd(id, static key =>
            TimeZoneInfo.TryFindSystemTimeZoneById(key, out var z) ? z : null);
        found = zone is not null;
        return zone ?? TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    }
}
