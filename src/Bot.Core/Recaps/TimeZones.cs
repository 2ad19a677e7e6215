using System.Collections.Concurrent;

namespace Bot.Core.Recaps;

/// <summary>IANA zone lookup, cached; an unknown id falls back to UTC+8 (China time, the corpus' only zone). The ids
/// <see cref="FixedId"/> makes for a fixed offset are found too.</summary>
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

    /// <summary>An id for one fixed offset that every reader of an event's zone finds: IANA's own <c>Etc/GMT+7</c>
    /// for whole hours (its sign is inverted: that is UTC-07:00), else <c>UTC+05:30</c>, which <see cref="Find"/> knows.</summary>
    public static string FixedId(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Etc/UTC"
        : offset.Minutes == 0 ? $"Etc/GMT{(offset < TimeSpan.Zero ? "+" : "-")}{Math.Abs(offset.Hours)}"
        : "UTC" + Dates.ZoneNames.FormatOffset(offset);

    public static TimeZoneInfo Find(string id, out bool found)
    {
        var zone = Cache.GetOrAdd(id, static key =>
            TimeZoneInfo.TryFindSystemTimeZoneById(key, out var z) ? z : FixedOf(key));
        found = zone is not null;
        return zone ?? TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    }

    // `UTC+05:30` as FixedId writes it, and nothing else: an id is not prose.
    private static TimeZoneInfo? FixedOf(string id)
    {
        var i = 0;
        return id.StartsWith("UTC", StringComparison.Ordinal) && Dates.ZoneNames.TryRead(id, ref i, out var offset, out _) && i == id.Length
            ? Fixed(offset)
            : null;
    }
}
