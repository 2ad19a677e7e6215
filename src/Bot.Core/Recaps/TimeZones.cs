using System.Collections.Concurrent;

namespace Bot.Core.Recaps;

/// <summary>IANA zone lookup, cached; an unknown id falls back to UTC+8 (China time, the corpus' only zone).</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    // A zone is made once per offset: a programme reads the zone of every dated time it lists, and making one costs
    // several strings and a validation. A zone is immutable, and the offsets a zone can have are few (whole minutes
    // within fourteen hours), so the cache stays small.
    private static readonly ConcurrentDictionary<TimeSpan, TimeZoneInfo> FixedZones = new();

    /// <summary>A zone of one fixed offset, for times written with their own (<c>13:00 CEST</c>).</summary>
    public static TimeZoneInfo Fixed(TimeSpan offset) =>
        FixedZones.GetOrAdd(offset, static o =>
        {
            var id = "UTC" + Dates.ZoneNames.FormatOffset(o);
            return TimeZoneInfo.CreateCustomTimeZone(id, o, id, id);
        });

    public static TimeZoneInfo Find(string id, out bool found)
    {
        var zone = Cache.GetOrAdd(id, static key =>
            TimeZoneInfo.TryFindSystemTimeZoneById(key, out var z) ? z : null);
        found = zone is not null;
        return zone ?? TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    }
}
