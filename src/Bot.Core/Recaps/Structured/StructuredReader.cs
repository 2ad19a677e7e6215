using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Structured;

/// <summary>Applies <see cref="EventSchema"/> to a page's front matter. Values that are there but unusable (a date
/// that is no date, <c>25:00</c>, a link that is no URL) are reported with their key and line and ignored.</summary>
public static class StructuredReader
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] NameSeparators = [',', '，', '、', ';', '；'];

    /// <param name="fileDay">The date in the page's path (`_posts/2017-11-02-testing.md`), which stands for a missing
    /// <c>date</c> key as a Jekyll post's day.</param>
    public static StructuredFacts Read(FrontMatterFields fields, TimeZoneInfo defaultZone, DiagnosticBag diagnostics, DateOnly? fileDay = null)
    {
        if (fields.Count == 0)
        {
            return StructuredFacts.None;
        }

        fields = SectionMaps.Lift(fields);
        var (zoneId, zone) = Zone(fields, defaultZone, diagnostics);
        var start = Time(fields, FieldRole.Start, zone, diagnostics);
        if (start is null && Array.Exists(EventSchema.DateIsStartMarkers, fields.Has))
        {
            // Pelican's `Event: 2015-05-12 7:30 pm to 9:00 pm`: the key that elsewhere names the event or marks a date
            // as its start may hold the time itself; read quietly, as it usually holds no time.
            start = TimeOf(fields, "date", zone, diagnostics) ?? EventKeyTime(fields, zone);
        }

        var end = Time(fields, FieldRole.End, zone, diagnostics) ?? RangeEnd(fields, start, zone);
        if (start is null && end is { HasClockTime: true } && TimeOf(fields, "date", zone, diagnostics: null) is { HasClockTime: true } sameDay
            && sameDay.Value < end.Value && sameDay.Value.Date == end.Value.Date)
        {
            // `date: 2026-02-05T18:15:00` with `endDate: 2026-02-05T20:45:00`: an end the same evening makes the date the
            // start (a publish date weeks before keeps being one).
            start = sameDay;
        }
        if (start is null or { HasClockTime: false } && ClockKey(fields) is var (clock, clockKey)
            && ((start ?? TimeOf(fields, "date", zone, diagnostics)) is { } day ? DateOnly.FromDateTime(day.Value.DateTime) : fileDay) is { } on)
        {
            // `date: 2026-12-19` with `time: "14:00-17:00"`: a clock of its own makes the date the event's day (the hour a
            // `date: 2026-03-25T18:00:00+02:00` carries is when the page went out), and gives a day-only start
            // (`hostDate: 2020-04-22`) its hours. A post without a date key has its path's.
            start = new StructuredTime(Dates.EventTimeResolver.At(on, clock.Start, zone), true, clockKey, fields.LineOf(clockKey));
            end ??= clock.End is { } close ? start with { Value = Dates.EventTimeResolver.At(on, close, zone) } : EndClock(fields, on, zone);
        }

        if (start is null && DateInClockKey(fields, zone) is { } dated)
        {
            // `time: '2021/01/28'`: the key that elsewhere holds the clock holds the event's day.
            (start, end) = (dated, end ?? RangeEnd(fields, dated, zone));
        }

        (start, end) = WithSeparateClock(fields, start, end, zone, diagnostics);
        var program = Program(fields, zone);
        if (start is null && program is { } span)
        {
            // A programme of dated entries (breaks included) spans the event.
            (start, end) = (span.First, end ?? span.Last);
        }

        end ??= DurationEnd(fields, start, diagnostics);
        var links = LinkMaps(fields);
        var type = (fields["type"] as string)?.Trim().ToLowerInvariant();
        return new StructuredFacts
        {
            Start = start,
            End = end,
            TimeZoneId = zoneId,
            Form = Form(fields),
            Venue = Venue(fields),
            LiveUrl = Url(fields, links, FieldRole.Live, diagnostics) ?? LiveRoomLink(fields) ?? OnlineRoom(fields),
            RegistrationUrl = Url(fields, links, FieldRole.Registration, diagnostics),
            ReplayUrl = Url(fields, links, FieldRole.Replay, diagnostics),
            SlidesUrl = Url(fields, links, FieldRole.Slides, diagnostics),
            Speakers = People(First(fields, FieldRole.Speakers), firstNames: FirstKey(fields, FieldRole.Speakers) is { } key && Array.IndexOf(Lecturers, key) >= 0),
            Talks = Talks(fields, zone, diagnostics),
            Draft = Bool(fields, FieldRole.Draft) == true,
            IsTalkPage = type is not null && EventSchema.TalkPageTypes.Contains(type),
            IsGatheringPage = type is not null && EventSchema.GatheringPageTypes.Contains(type),
            SaysOnSite = ProgrammeSaysOnSite(fields),
        };
    }

    // The programme's housekeeping entries are left out of its talks, but `Doors Open` still says people walk in.
    private static bool ProgrammeSaysOnSite(FrontMatterFields fields)
    {
        foreach (var key in fields.KeysOf(FieldRole.Talks))
        {
            foreach (var item in Entries(fields[key]))
            {
                if (item is Dictionary<object, object?> map && map.TryGetValue("title", out var title) && title is string text && EventTraits.SaysOnSite(text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (string? Id, TimeZoneInfo Zone) Zone(FrontMatterFields fields, TimeZoneInfo fallback, DiagnosticBag diagnostics)
    {
        foreach (var key in fields.KeysOf(FieldRole.TimeZone))
        {
            if (fields[key] is string { Length: > 0 } id)
            {
                var zone = TimeZones.Find(id.Trim(), out var found);
                if (found)
                {
                    return (id.Trim(), zone);
                }

                if (WrittenZone(WithoutSpacedOffset(id.Trim())) is var (writtenId, otherReadings))
                {
                    // `timezone: PDT`: the abbreviation a page writes beside a clock time names the same zone here. An
                    // ambiguous one (CST) read as the site's own offset needs no warning: that is what its authors mean.
                    var written = TimeZones.Find(writtenId, out _);
                    if (otherReadings is not null && written.BaseUtcOffset != fallback.BaseUtcOffset)
                    {
                        diagnostics.Warn(fields.LineOf(key), "zone-ambiguous", otherReadings);
                    }

                    return (writtenId, written);
                }

                diagnostics.Warn(fields.LineOf(key), "front-matter-zone", $"'{id}' is not an IANA time zone (such as Asia/Shanghai) or an abbreviation (such as PDT); times are read in {fallback.Id}");
            }
        }

        return (null, fallback);
    }

    // `UTC -7`, `GMT + 8`: an offset written with spaces around its sign is the offset written without them.
    private static string WithoutSpacedOffset(string id) =>
        id.Length > 4 && (id.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || id.StartsWith("GMT", StringComparison.OrdinalIgnoreCase))
            ? id.Replace(" ", "", StringComparison.Ordinal)
            : id;

    // The whole value is one zone abbreviation or offset (`BST`, `UTC+8`), or a region's time (`PT`, which follows its
    // daylight saving), as prose writes it beside a time: the id of that zone.
    private static (string Id, string? OtherReadings)? WrittenZone(string value)
    {
        var i = 0;
        if (Dates.ZoneNames.Read(value, ref i) is not { } written || i != value.Length)
        {
            return null;
        }

        return (written.Id ?? TimeZones.FixedId(written.Offset!.Value), written.Ambiguity);
    }

    private static StructuredTime? Time(FrontMatterFields fields, FieldRole role, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        foreach (var key in fields.KeysOf(role))
        {
            if (TimeOf(fields, key, zone, diagnostics) is { } time)
            {
                return time;
            }
        }

        return null;
    }

    // Without diagnostics the value is read quietly, as a date or a range only: no warning, no prose.
    private static StructuredTime? TimeOf(FrontMatterFields fields, string key, TimeZoneInfo zone, DiagnosticBag? diagnostics)
    {
        if (!fields.TryGet(key, out var raw))
        {
            return null;
        }

        if (PairOf(raw) is var (from, _))
        {
            return TimeOfText(fields, key, from, zone, diagnostics);
        }

        return raw is string text ? TimeOfText(fields, key, text, zone, diagnostics) : null;
    }

    // `during: ["2026-11-08T09:30:00+08:00", "2026-11-08T17:00:00+08:00"]`: a list of two times is a start and an end.
    private static (string From, string To)? PairOf(object? raw) =>
        raw is List<object?> { Count: 2 } pair && pair[0] is string from && pair[1] is string to ? (from, to) : null;

    private static StructuredTime? TimeOfText(FrontMatterFields fields, string key, string text, TimeZoneInfo zone, DiagnosticBag? diagnostics)
    {
        // A clock alone (`startTime: "19:00"`) is no date: the clock keys give the day its hours.
        if (FrontMatterTime.TryParseHours(text, out _))
        {
            return null;
        }

        if (RangeStart(fields, key, text, zone) is { } ranged)
        {
            return ranged;
        }

        switch (FrontMatterTime.TryParse(text, zone, out var value, out var hasClock))
        {
            case FrontMatterTime.Outcome.Parsed:
                return new StructuredTime(value, hasClock, key, fields.LineOf(key));
            case FrontMatterTime.Outcome.Impossible:
                diagnostics?.Warn(fields.LineOf(key), "impossible-time", $"'{text}' is not a possible date or clock time; the key is ignored");
                return null;
            case FrontMatterTime.Outcome.NotATime when diagnostics is not null && FrontMatterTime.TryParseProse(text, zone, out var said, out _, out var saidClock):
                return new StructuredTime(said, saidClock, key, fields.LineOf(key));
            case FrontMatterTime.Outcome.NotATime:
                diagnostics?.Warn(fields.LineOf(key), "front-matter-time", $"'{text}' is not a date (write 2026-12-10T19:00:00+08:00 or 2026-12-10 19:00); the key is ignored");
                return null;
            default:
                return null;
        }
    }

    private static StructuredTime? EventKeyTime(FrontMatterFields fields, TimeZoneInfo zone) =>
        fields["event"] is string text && FrontMatterTime.TryParseProse(text, zone, out var start, out _, out var clock)
            ? new StructuredTime(start, clock, "event", fields.LineOf("event"))
            : null;

    // The start of a day with its hours (`2023-09-21 20:00-21:00`) or of a range of days (`2021/01/15-2021/01/16`).
    private static StructuredTime? RangeStart(FrontMatterFields fields, string key, string text, TimeZoneInfo zone) =>
        FrontMatterTime.TryParseDayRange(text, zone, out var from, out _) ? new StructuredTime(from, true, key, fields.LineOf(key))
        : FrontMatterTime.TryParseDates(text, zone, out var firstDay, out _) ? new StructuredTime(firstDay, false, key, fields.LineOf(key))
        : null;

    // The end a day range (`2023-09-21 20:00-21:00`, `2026年12月12日 14:00-17:30`) gave along with the start.
    private static StructuredTime? RangeEnd(FrontMatterFields fields, StructuredTime? start, TimeZoneInfo zone)
    {
        if (start is not null && PairOf(fields[start.Key]) is var (_, to))
        {
            return TimeOfText(fields, start.Key, to, zone, null);
        }

        if (start is null || fields[start.Key] is not string text)
        {
            return null;
        }

        if (FrontMatterTime.TryParseDayRange(text, zone, out _, out var end))
        {
            return start with { Value = end };
        }

        if (FrontMatterTime.TryParseDates(text, zone, out _, out var lastDay))
        {
            return start with { Value = lastDay };
        }

        return FrontMatterTime.TryParse(text, zone, out _, out _) == FrontMatterTime.Outcome.NotATime
            && FrontMatterTime.TryParseProse(text, zone, out _, out var said, out _) && said is { } saidEnd
            ? start with { Value = saidEnd }
            : null;
    }

    // devopsdays talk pages: `Talk_date`, `Talk_start_time`, `Talk_end_time`.
    private static (StructuredTime? Start, StructuredTime? End) WithSeparateClock(
        FrontMatterFields fields, StructuredTime? start, StructuredTime? end, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var date = Time(fields, FieldRole.StartDate, zone, diagnostics);
        if (start is not null || date is null)
        {
            return (start, end);
        }

        var day = DateOnly.FromDateTime(date.Value.DateTime);
        StructuredTime? At(FieldRole role)
        {
            foreach (var key in fields.KeysOf(role))
            {
                var outcome = FrontMatterTime.TryParseTime(fields[key] as string, out var clock);
                if (outcome == FrontMatterTime.Outcome.Parsed)
                {
                    var local = day.ToDateTime(clock);
                    return new StructuredTime(new DateTimeOffset(local, zone.GetUtcOffset(local)), true, key, fields.LineOf(key));
                }

                if (outcome == FrontMatterTime.Outcome.Impossible)
                {
                    diagnostics?.Warn(fields.LineOf(key), "impossible-time", $"'{fields[key]}' is not a possible clock time; the key is ignored");
                }
            }

            return null;
        }

        return (At(FieldRole.StartTime) ?? date, end ?? At(FieldRole.EndTime));
    }

    // `dateTime: 2019-08-24 17:30` with `duration: 120`: the end is the start plus the length.
    private static StructuredTime? DurationEnd(FrontMatterFields fields, StructuredTime? start, DiagnosticBag diagnostics)
    {
        foreach (var key in fields.KeysOf(FieldRole.Duration))
        {
            if (fields[key] is not string { Length: > 0 } text)
            {
                continue;
            }

            if (!FrontMatterDuration.TryParse(text, out var length))
            {
                diagnostics.Warn(fields.LineOf(key), "front-matter-duration", $"'{text}' is not a length (write minutes, such as 90, or 1h30m); the key is ignored");
                continue;
            }

            return start is { HasClockTime: true } from ? new StructuredTime(from.Value + length, true, key, fields.LineOf(key)) : null;
        }

        return null;
    }

    private static readonly string[] ClockKeys = ["time", "时间", "clock", "hours"];

    // A key that holds only a clock time or range (`14:00-17:00`, `19:30`).
    // `startDate: "2025-08-21"` with `startTime: "19:00"`: a start key may hold the clock alone as well.
    private static (Events.TimeSlot Clock, string Key)? ClockKey(FrontMatterFields fields)
    {
        foreach (var key in ClockKeys.Concat(fields.KeysOf(FieldRole.Start)))
        {
            if (fields[key] is string text && FrontMatterTime.TryParseHours(text, out var slot))
            {
                return (slot, key);
            }
        }

        return null;
    }

    // `endTime: "21:00"` beside a day and its start: the clock alone of the end, on the start's day.
    private static StructuredTime? EndClock(FrontMatterFields fields, DateOnly day, TimeZoneInfo zone)
    {
        foreach (var key in fields.KeysOf(FieldRole.End))
        {
            if (fields[key] is string text && FrontMatterTime.TryParseHours(text, out var slot) && slot.End is null)
            {
                return new StructuredTime(Dates.EventTimeResolver.At(day, slot.Start, zone), true, key, fields.LineOf(key));
            }
        }

        return null;
    }

    // A clock key (`time`) whose whole value is a date or a day range, read quietly: it usually holds a clock time.
    private static StructuredTime? DateInClockKey(FrontMatterFields fields, TimeZoneInfo zone) =>
        ClockKeys.Select(key => TimeOf(fields, key, zone, diagnostics: null)).FirstOrDefault(time => time is not null) is { } day
            ? day with { YieldsToProse = true }
            : null;

    private static EventForm Form(FrontMatterFields fields)
    {
        if (Bool(fields, FieldRole.Online) is { } online)
        {
            return online ? EventForm.Online : EventForm.Offline;
        }

        if (First(fields, FieldRole.Form) is string text)
        {
            return FormWords.OfPlace(text);
        }

        // `location: Zoom`, `city: 在线`: the place a site's event pages always fill names the way to watch.
        if (HasOnlineVenue(fields) || (fields["city"] is string city && FormWords.Of(city) == EventForm.Online))
        {
            return EventForm.Online;
        }

        return fields["tags"] is List<object?> tags ? FormWords.OfTags(tags.OfType<string>()) : FormWords.OfTags(fields.TopLevelStrings());
    }

    private static bool HasOnlineVenue(FrontMatterFields fields)
    {
        foreach (var key in fields.KeysOf(FieldRole.Venue))
        {
            if (fields[key] is string { Length: > 0 } value && OnlineVenue.Is(value, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Venue(FrontMatterFields fields)
    {
        foreach (var key in fields.KeysOf(FieldRole.Venue))
        {
            switch (fields[key])
            {
                // `venue: <a href='…'>某某企业公馆</a>`: the place the link shows, not its markup (in an address map too).
                case string s when !string.IsNullOrWhiteSpace(s) && !IsUrl(s) && !OnlineVenue.Is(s, out _)
                    && FormWords.PlaceIn(Shown(s)) is { } place:
                    return TextNormalizer.Clean(place);
                case Dictionary<object, object?> address when Joined(address) is { } text:
                    return text;
            }
        }

        return null;
    }

    // Wowchemy's address map: street, city, region, postcode, country.
    private static string? Joined(Dictionary<object, object?> address)
    {
        var parts = address.Values.OfType<string>().Select(v => Shown(v).Trim()).Where(v => v.Length > 0 && !IsUrl(v)).Distinct().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // A value written as HTML (`<a href='…'>某某企业公馆</a>`) as the text it shows; any other as it is.
    private static string Shown(string value) => value.Contains('<') ? HtmlProse.PlainText(value) : value;

    private static List<FrontMatterFields> LinkMaps(FrontMatterFields fields)
    {
        var maps = new List<FrontMatterFields>();
        foreach (var key in EventSchema.LinkMaps)
        {
            if (fields[key] is Dictionary<object, object?> map)
            {
                maps.Add(FrontMatterFields.From(map, "", fields.LineOf(key)));
            }
        }

        return maps;
    }

    // `link = "https://live.bilibili.com/h5/22366478"`: a page's generic link field holds anything from the page's own
    // path to a sign-up form; one that points at a live room of a streaming site is where the event is watched.
    private static readonly string[] GenericLinkKeys = ["link", "url", "href"];

    private static string? LiveRoomLink(FrontMatterFields fields)
    {
        foreach (var key in GenericLinkKeys)
        {
            if (fields[key] is string value && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && IsLiveRoom(uri))
            {
                return value.Trim();
            }
        }

        return null;
    }

    // `online: [["腾讯会议", "https://meeting.tencent.com/"]]`: an online field that lists where to join, not a yes or no.
    private static string? OnlineRoom(FrontMatterFields fields)
    {
        foreach (var key in fields.KeysOf(FieldRole.Online))
        {
            if (fields[key] is List<object?> list)
            {
                foreach (var item in list)
                {
                    var url = item switch
                    {
                        string one => IsUrl(one) ? one : null,
                        List<object?> inner => inner.OfType<string>().FirstOrDefault(IsUrl),
                        _ => null,
                    };
                    if (url is not null)
                    {
                        return url.Trim();
                    }
                }
            }
        }

        return null;
    }

    private static bool IsLiveRoom(Uri uri) =>
        uri.Host.StartsWith("live.", StringComparison.OrdinalIgnoreCase) || LinkResolver.IsMeetingRoom(uri) || uri.Host.EndsWith("twitch.tv", StringComparison.OrdinalIgnoreCase)
        || (uri.Host.EndsWith("youtube.com", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath.StartsWith("/live", StringComparison.OrdinalIgnoreCase));

    // The top level first, then the link maps in order.
    private static string? Url(FrontMatterFields fields, List<FrontMatterFields> links, FieldRole role, DiagnosticBag diagnostics)
    {
        if (UrlIn(fields, role, diagnostics) is { } url)
        {
            return url;
        }

        foreach (var map in links)
        {
            if (UrlIn(map, role, diagnostics) is { } linked)
            {
                return linked;
            }
        }

        return null;
    }

    private static string? UrlIn(FrontMatterFields map, FieldRole role, DiagnosticBag diagnostics)
    {
        foreach (var key in map.KeysOf(role))
        {
            var value = map[key] switch
            {
                // An embedded player's protocol-relative src (`//player.example.com/…`) is served over https.
                string s when s.Trim().StartsWith("//", StringComparison.Ordinal) => "https:" + s.Trim(),
                string s => s.Trim(),
                List<object?> list => list.OfType<string>().FirstOrDefault(IsUrl),
                _ => null,
            };
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (IsUrl(value))
            {
                return value;
            }

            if (key == "youtube" && IsVideoId(value))
            {
                return "https://www.youtube.com/watch?v=" + value;
            }

            // `slides: "example-slides"` names a Markdown deck of the site, not a link: nothing to report.
            if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warn(map.LineOf(key), "front-matter-url", $"'{value}' is not an http(s) URL; the key is ignored");
            }
        }

        return null;
    }

    private static (StructuredTime First, StructuredTime Last)? Program(FrontMatterFields fields, TimeZoneInfo zone)
    {
        StructuredTime? first = null;
        StructuredTime? last = null;
        var quiet = new DiagnosticBag("");
        foreach (var key in fields.KeysOf(FieldRole.Talks))
        {
            // The list's line, found once: each entry of a long programme scanning the front matter again added up.
            var line = fields.LineOf(key);
            foreach (var item in Entries(fields[key]))
            {
                if (item is not Dictionary<object, object?> map)
                {
                    continue;
                }

                // Each entry's start is read once, for the first start and as the end of an entry without one.
                var entry = FrontMatterFields.From(map, "", line);
                var start = Time(entry, FieldRole.Start, zone, quiet);
                if (start is { } s && (first is null || s.Value < first.Value))
                {
                    first = s with { Line = line };
                }

                if ((Time(entry, FieldRole.End, zone, quiet) ?? start) is { } e && (last is null || e.Value > last.Value))
                {
                    last = e with { Line = line };
                }
            }
        }

        return first is null ? null : (first, last!);
    }

    private static List<StructuredTalk> Talks(FrontMatterFields fields, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var talks = new List<StructuredTalk>();
        foreach (var key in fields.KeysOf(FieldRole.Talks))
        {
            var line = fields.LineOf(key);
            foreach (var item in Entries(fields[key]))
            {
                if (item is Dictionary<object, object?> map && Talk(FrontMatterFields.From(map, "", line), zone, diagnostics) is { } talk)
                {
                    talks.Add(talk);
                }
            }

            if (talks.Count > 0)
            {
                return talks;
            }
        }

        // No programme, but speakers each with their topic (`speakers: - name: 尤雨溪  topic: …`): one talk each.
        foreach (var key in fields.KeysOf(FieldRole.Speakers))
        {
            var line = fields.LineOf(key);
            foreach (var item in PersonEntries(fields[key]))
            {
                if (item is Dictionary<object, object?> map && FrontMatterFields.From(map, "", line) is var person
                    && (EventSchema.PersonTopicKeys.Select(k => person[k] as string).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? TalkTitleOf(person)) is { } topic
                    && People(map) is { Count: > 0 } speakers)
                {
                    talks.Add(new StructuredTalk(TextNormalizer.Clean(topic), speakers, line));
                }
            }

            if (talks.Count > 0)
            {
                break;
            }
        }

        return talks;
    }

    // `speakers: - name: Ana Lima / title: Mythbusting around GraphQL`: beside a name, a `title` that is no job title and
    // reads as a title of three words or more names the talk (elsewhere it is `Software Engineer at Example Corp`).
    private static string? TalkTitleOf(FrontMatterFields person) =>
        person["name"] is string { Length: > 0 } && person["title"] is string title && title.Trim() is { Length: > 0 } trimmed
        && trimmed.Count(c => c == ' ') >= 2 && !NameRules.IsJobTitle(trimmed) && !IsUrl(trimmed)
            ? trimmed
            : null;

    /// <summary>The entries of a list, or of a map numbering them (<c>speaker1: {…}</c>, <c>speaker2: {…}</c>): a
    /// map whose values are mostly maps. Anything else has none.</summary>
    private static IEnumerable<object?> Entries(object? value) => value switch
    {
        List<object?> list => list,
        Dictionary<object, object?> map when map.Count > 1 && map.Values.Count(v => v is Dictionary<object, object?>) * 2 > map.Count => map.Values,
        _ => [],
    };

    // `speakers: {brandon_minnick: {talk: …}, lemon: {talk: …}, mark_rendle: }`: a map keyed by each person's slug, their
    // details (or nothing) as its values, names them by its keys (not `speaker1: {name: …}`, which numbers them).
    private static IEnumerable<object?> PersonEntries(object? value) =>
        value is Dictionary<object, object?> map && Entries(map).Any() ? map.Select(pair => Named(pair.Key, pair.Value)) : Entries(value);

    private static object? Named(object key, object? value) =>
        key is string slug && !slug.Any(char.IsAsciiDigit) && !NameRules.IsRoleWord(slug) && (value is null || (value is Dictionary<object, object?> person && !HasName(person)))
            ? new Dictionary<object, object?>(value as Dictionary<object, object?> ?? []) { ["name"] = NameOfKey(slug) }
            : value;

    private static bool HasName(Dictionary<object, object?> person) =>
        person.Keys.Any(k => k is string name && EventSchema.PersonNameKeys.Contains(FrontMatterFields.Fold(name)));

    // `brandon_minnick` → `Brandon Minnick`; a key of one word (`lemon`) is the handle as written.
    private static string NameOfKey(string key) => key.IndexOfAny(SlugSeparators) < 0 ? key : NameOfSlug(key);

    private static StructuredTalk? Talk(FrontMatterFields talk, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        var title = EventSchema.TalkTitleKeys.Select(k => talk[k] as string).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (title is null)
        {
            diagnostics.Warn(talk.FirstLine, "front-matter-talk", "a talk in the front matter has no title; it is left out");
            return null;
        }

        // `custom` entries are breaks and meals, and so are agenda items named so (`签到`, `茶歇`); a `talk` titled by a
        // slug (`jane-doe`) and naming nobody else points at a speaker page (beside a speaker, `autometrics-rs` is a title).
        var speakers = First(talk, FieldRole.Speakers) ?? EventSchema.TalkSpeakerKeys.Select(k => talk[k]).FirstOrDefault(v => v is not null);
        if (talk["type"] is string type && EventSchema.HousekeepingTypes.Contains(type.Trim().ToLowerInvariant()) || (IsSlug(title) && speakers is null)
            || Recaps.Talks.Housekeeping.IsHousekeeping(title))
        {
            return null;
        }

        var start = Time(talk, FieldRole.Start, zone, diagnostics);
        var end = Time(talk, FieldRole.End, zone, diagnostics);
        return new StructuredTalk(TextNormalizer.Clean(title), People(speakers, firstNames: true), talk.FirstLine)
        {
            Start = start?.Value,
            End = end?.Value,
            Slot = start is null ? ClockKey(talk)?.Clock : null,
            SlidesUrl = Url(talk, [], FieldRole.Slides, diagnostics),
            ReplayUrl = Url(talk, [], FieldRole.Replay, diagnostics),
            Abstract = (talk["abstract"] ?? talk["summary"] ?? talk["description"]) as string,
        };
    }

    /// <summary>A name, a list of names, or maps with name / 花名 / affiliation.</summary>
    /// <param name="firstNames">The value is one talk's people: a first name alone (`author: Mike`) names one too, where
    /// a page's own `authors: TechQuery` is more often a handle of whoever wrote it.</param>
    private static List<Speaker> People(object? value, bool firstNames = false)
    {
        var people = new List<Speaker>();
        var entries = PersonEntries(value);
        foreach (var item in entries.Any() ? entries : [value])
        {
            switch (item)
            {
                case string s when !string.IsNullOrWhiteSpace(s):
                    foreach (var name in LinkText(s).Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        // A speaker list may hold the site's person slugs (jessie-frazelle): members read them as the name.
                        if ((SpeakerNotation.Parse(name) ?? (IsSlug(name) ? new Speaker(NameOfSlug(name), []) : null)
                            ?? (firstNames && NameRules.IsFirstName(name, longest: 20) ? new Speaker(name, []) : null)) is { } speaker)
                        {
                            people.Add(speaker);
                        }
                    }

                    break;
                case Dictionary<object, object?> map:
                    var person = FrontMatterFields.From(map, "", 1);
                    var personName = EventSchema.PersonNameKeys.Select(k => person[k] as string).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
                    // `name: "LNUG members"` under lightning talks: the group's members, none of them named.
                    if (personName is null || Recaps.Talks.SpeakerCell.IsNoOne(personName.Trim()))
                    {
                        break;
                    }

                    var aliases = EventSchema.PersonAliasKeys.SelectMany(k => person[k] switch
                    {
                        string a => [a],
                        List<object?> l => l.OfType<string>(),
                        _ => [],
                    }).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
                    var affiliation = EventSchema.PersonAffiliationKeys.Select(k => person[k] as string).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
                    people.Add(new Speaker(personName.Trim(), aliases, affiliation?.Trim(), (person["bio"] as string)?.Trim()));
                    break;
            }
        }

        return people;
    }

    // `"[Jonathan Medd](https://twitter.com/jonathanmedd)"`: a speaker written as a Markdown link to their profile.
    private static string LinkText(string value)
    {
        var text = value.Trim();
        var close = text.IndexOf("](", StringComparison.Ordinal);
        return text.Length > 4 && text[0] == '[' && close > 1 && text[^1] == ')' && text.IndexOf(')', close) == text.Length - 1 ? text[1..close] : value;
    }

    // Keys that name who gives the session, where `authors` may be whoever wrote the page: a first name alone
    // (`lecturer: 'Yuto'`) names the person.
    private static readonly string[] Lecturers = ["speaker", "speakers", "presenter", "presenters", "lecturer", "lecturers", "instructor", "instructors", "讲师"];

    private static string? FirstKey(FrontMatterFields fields, FieldRole role)
    {
        foreach (var key in fields.KeysOf(role))
        {
            if (fields.Has(key))
            {
                return key;
            }
        }

        return null;
    }

    private static object? First(FrontMatterFields fields, FieldRole role) => FirstKey(fields, role) is { } key ? fields[key] : null;

    private static bool? Bool(FrontMatterFields fields, FieldRole role) => First(fields, role) switch
    {
        string s when s.Trim().ToLowerInvariant() is "true" or "yes" or "on" => true,
        string s when s.Trim().ToLowerInvariant() is "false" or "no" or "off" => false,
        _ => null,
    };

    public static bool IsUrl(string? text) =>
        text is not null && (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && text.Length > 10 && !text.AsSpan().ContainsAny(' ', '\n');

    private static bool IsSlug(string text) =>
        text.Contains('-') && !text.Contains(' ') && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static readonly char[] SlugSeparators = ['-', '_'];

    // `jessie-frazelle` (`brandon_minnick` as a key) → `Jessie Frazelle`; a number a site added to tell two people apart
    // (`john-doe-2`) is no part of the name.
    private static string NameOfSlug(string slug) => string.Join(' ', slug.Split(SlugSeparators, StringSplitOptions.RemoveEmptyEntries)
        .Where(part => !part.All(char.IsAsciiDigit)).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static bool IsVideoId(string text) => text.Length is >= 8 and <= 16 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
