using System.Collections.Frozen;

namespace Bot.Core.Recaps.Structured;

/// <summary>Hugo themes often hand an event's facts to a page template as a map of params rather than as top-level
/// keys (<c>section1: {time: 2023-09-21 20:00-21:00, base: 线上, videoUrl: //player…}</c>). A top-level map that
/// states a time or holds a programme is such a map: its schema keys are read as if they were top-level ones, the top level winning.</summary>
internal static class SectionMaps
{
    // Inside such a map a bare `time` is the event's time and `base` its place and form (`成都 + 线上`); at the top
    // level they are too ambiguous to read.
    private const string TimeKey = "time";
    private const string BaseKey = "base";
    private const string DateKey = "date";

    public static FrontMatterFields Lift(FrontMatterFields fields)
    {
        foreach (var (key, map) in fields.Maps())
        {
            if (Array.IndexOf(EventSchema.LinkMaps, key) >= 0 || IsSchemaKey(key))
            {
                continue;
            }

            // Only looked up: its keys' lines are never asked for, so the map's own line is not searched for either.
            var section = FrontMatterFields.From(map, "", fields.FirstLine);
            var time = section[TimeKey] is string { Length: > 0 } ? TimeKey : EventSchema.KeysOf(FieldRole.Start).FirstOrDefault(k => section[k] is string { Length: > 0 });
            if (time is null && !HasProgramme(section))
            {
                continue;
            }

            // `[extra] date = "Wednesday, October 8, 2025"`, `time = "19:00–22:00"`: the map's time is the hours of its date.
            var entries = time is null ? []
                : time == TimeKey && section[DateKey] is string { Length: > 0 } day && FrontMatterTime.TryParseHours((string)section[TimeKey]!, out _)
                ? new List<(string, object?)> { (EventSchema.KeysOf(FieldRole.Start)[0], day), (TimeKey, section[TimeKey]) }
                : [(EventSchema.KeysOf(FieldRole.Start)[0], section[time])];

            foreach (var (_, keys) in EventSchema.Table)
            {
                entries.AddRange(keys.Where(k => k != time && section.Has(k)).Select(k => (k, section[k])));
            }

            // After the schema keys, which win where the map has both.
            if (section[BaseKey] is string { Length: > 0 } place)
            {
                entries.Add((EventSchema.KeysOf(FieldRole.Venue)[0], place));
                entries.Add((EventSchema.KeysOf(FieldRole.Form)[0], place));
            }

            return fields.With(entries);
        }

        return fields;
    }

    // `data: {agenda: [{presenter: …, title: …}], meetup: …}` (Cobalt): a map holding a list of talks is the event's too.
    private static bool HasProgramme(FrontMatterFields section) =>
        section.KeysOf(FieldRole.Talks).Any(k => section[k] is List<object?> { Count: > 0 });

    private static readonly FrozenSet<string> SchemaKeys = EventSchema.Table.SelectMany(row => row.Keys).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsSchemaKey(string key) => SchemaKeys.Contains(key);
}
