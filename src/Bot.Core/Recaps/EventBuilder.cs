using Bot.Core.Events;
using Bot.Core.Recaps.Dates;

namespace Bot.Core.Recaps;

/// <summary>Assembles the <see cref="Event"/> of an event page: theme, series, kind, form, venue, links, time and
/// talks (the latter from <see cref="TalkExtractor"/>).</summary>
internal static class EventBuilder
{
    // Venue labels (folded keys) in the words of many communities: `活动地点：`, `**Where:**`, `Address:`, `活动地址：`, a bare
    // `地址：` or `会议地址：` (which some pages also put before a link: a link is no venue).
    internal static readonly string[] VenueLabels =
        ["活动地点", "地点", "location", "venue", "where", "place", "address", "活动地址", "会议地点", "会议地址", "举办地点", "活动场地", "场地", "会场", "地址"];

    public static Event Build(EventContext c, string title)
    {
        var d = c.Diagnostics;
        var facts = c.Facts;
        var zoneId = facts.TimeZoneId ?? c.Options.TimeZoneId;
        var zone = TimeZones.Find(zoneId, out var zoneFound);
        if (!zoneFound)
        {
            d.Warn(1, "time-zone", $"unknown time zone '{zoneId}'; times are read as UTC+08:00");
        }

        var theme = Value(c, true, "活动主题") ?? Value(c, false, "活动主题", "主题", "直播主题", "分享主题", "分享内容");
        var (series, number) = SeriesReader.Read(title, theme);
        var kind = EventTraits.Kind(title, theme, c.FrontMatter.Categories);
        // The first venue label's own value decides whether it is a place at all: `地点：线上（腾讯会议）` or a bare link
        // is the way to watch (its link the live room); otherwise the venue is the first value that is not a link.
        var venueValue = facts.Venue is null ? Value(c, true, VenueLabels) ?? Value(c, false, VenueLabels) : null;
        // `## Where` over `Online, on Discord in our [#channel](…)`: a venue section's first line says it as a label would.
        var venueLine = facts.Venue is null && venueValue is null ? FirstLineUnderVenue(c.Outline) : null;
        string? venueRoom = null;
        var venueIsRoom = (venueValue ?? venueLine?.Text) is { } venueText && OnlineVenue.Is(venueText, out venueRoom);
        venueRoom ??= venueIsRoom ? VenueLink(c) ?? venueLine?.Links.FirstOrDefault(l => !IsCodeHost(l.Url))?.Url : null;
        var venue = facts.Venue ?? (venueIsRoom ? null : Venue(c, true) ?? Venue(c, false) ?? SectionVenue(c.Outline)
            ?? SentenceVenue.Find(c.FrontMatter.Description, c.Outline) ?? DateLineVenue.Find(c.Outline));
        var hasLiveRoom = facts.LiveUrl is not null || c.Labels.Any(l => l.Key is "b站直播间地址" or "b站直播id" or "直播间地址" || IsMeetingId(l));
        var hybridPlace = facts.Venue is null && venue is not null ? OnlineVenue.HybridPlace(venue) : null;
        venue = hybridPlace ?? venue;
        var form = facts.Form != EventForm.Unknown
            ? facts.Form
            : EventTraits.Form(Value(c, true, "活动形式") ?? Value(c, false, "活动形式", "形式", "模式") ?? (venueIsRoom ? "线上" : hybridPlace is not null ? "线上 线下" : null) ?? FormSentence.Find(c.FrontMatter.Description, c.Outline), title,
                venue is not null || facts.SaysOnSite || c.Outline.AnyLine(EventTraits.SaysOnSite), hasLiveRoom || c.Outline.AnyLine(FormSentence.SaysStreamed), kind);
        if (form == EventForm.Unknown && c.Outline.AnyLine(EventTraits.SaysRemote))
        {
            form = EventForm.Online;
        }

        if (form == EventForm.Offline && facts.Form == EventForm.Unknown && venue is not null && StreamedToo(venue))
        {
            form = EventForm.Hybrid;
        }

        if (facts.TimeZoneId is null && LocalZone(c, title, venue) is { } local)
        {
            (zoneId, zone) = local;
        }

        var links = LinkResolver.Resolve(c.Labels, c.Outline, form);
        if (((facts.LiveUrl ?? links.Live) is not null || HasLiveSection(c.Outline)) && form is EventForm.Unknown or EventForm.Offline && facts.Form == EventForm.Unknown)
        {
            // A live room (a link, or a section that says where to watch, such as a QR code under 线上直播) makes an
            // event with no stated form an online one, and a venue with a live room a hybrid one.
            form = form == EventForm.Offline ? EventForm.Hybrid : EventForm.Online;
        }

        DateOnly? anchor = c.FrontMatter.Date is { } published ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(published, zone).DateTime) : PathDate.Of(c.Source);
        // Without a publish date, the year of the path, else of the title (`Meetup 成都站——2026`), dates what the page
        // writes without one (`时间：5 月 23 日`).
        var year = anchor is null ? PathDate.YearOf(c.Source) ?? PathDate.YearOf(title) : null;
        // Else the year the event's own links are filed under (decks in `slides/201912@hangzhou/`), said to be a guess.
        var linkYear = anchor is null && year is null ? PathDate.YearOfLinks(c.Outline.Lines) : null;
        var dates = new LineDates(c.Outline.Lines);
        // Else the year the page's other dates write (`下次聚会在 2021/03/20`), also a guess.
        var datesYear = anchor is null && year is null && linkYear is null ? dates.CommonYear() : null;
        year ??= linkYear ?? datesYear;
        // The description's line only names where a date read from it stands: a page without one has no use for it.
        var descriptionLine = c.FrontMatter.Description is null ? 1 : DescriptionLine(c.Markdown);
        // A page named after its file (`2023-02-01-live.md`) has no title to date it: its path's date is the anchor already,
        // and a dated sentence in its prose says more.
        var namedByFile = c.FrontMatter.Title is null && title == PageId.FileStem(c.Source);
        var (primary, secondary) = TimeSources.Collect(c.Labels, c.Outline, dates, c.FrontMatter.Description, descriptionLine, anchor, year,
            namedByFile ? null : title);
        var stated = Stated(facts.Start, primary);
        if (stated is null && !primary.Exists(p => p.Date is not null) && PublishTime(c.FrontMatter, zone) is { } scheduled)
        {
            primary.Add(scheduled);
            d.Warn(scheduled.Line, "start-from-publish-date",
                $"the page states no time of its own; its publish date {scheduled.Date:yyyy-MM-dd} {scheduled.Text.Start:HH\\:mm} is taken as the start");
        }
        var talks = facts.Talks.Count > 0 ? FromFrontMatter(facts.Talks, zone) : Talks(c, title, theme ?? SoleTopic(c), kind, links,
            hasHour: primary.Exists(p => p.Text.Start is not null));
        // The agenda's undated rows serve the prose times only: a structured start has its own.
        var agendaRows = stated is null ? Programme.UndatedRows(dates) : [];
        if (stated is null && !primary.Exists(p => p.Date is not null)
            && (agendaRows.Count > 0 || talks.Any(t => t.Slot is not null) || facts.Talks.Count > 0 || facts.Speakers.Count > 0 || (talks.Count > 0 && StartSentence.Find(dates) is not null))
            && PublishDay(c.FrontMatter, anchor) is { } publishDay)
        {
            // A post dated to the day whose agenda gives the hours and no other date, whose talks start at an hour a
            // sentence gives (`Event begins at 7 PM`), or whose front matter is its programme or names its speakers:
            // the day it is dated is the event's.
            primary.Add(publishDay);
            d.Warn(publishDay.Line, "start-from-publish-date",
                $"the page states no date of its own; its publish date {publishDay.Date:yyyy-MM-dd} is taken as the day of its agenda");
        }
        if (talks.Count == 0 && (facts.IsTalkPage ? facts.Speakers.Count > 0 : facts.Speakers.Count == 1
            || (facts.Speakers.Count > 1 && (PanelWords.In(title) || c.Outline.AnyLine(PanelWords.In)))))
        {
            // A talk page (type: talk) or a page whose front matter names one presenter (`presenters: 李磊`), and whose
            // prose lists no talk, is one session: the page's title, given by them. A meetup's list of speakers is not,
            // unless the page says they sit on a panel (`a panel discussion by three software developers`).
            talks = [new Talk(Recaps.Talks.TitleText.Display(title), facts.Speakers)];
        }

        // A deck collection (`某 Meetup PPT 合集`) is the whole event's even on a page with one talk.
        var archive = links.Slides.FirstOrDefault(l => Slides.LinkTitle.IsCollection(l.Text))?.Url
            ?? Archive([.. links.Slides.Where(l => !Slides.LinkTitle.IsCollection(l.Text))], ref talks);
        var (start, end, hasClockTime) = stated is not null
            ? Structured.StructuredTimes.Resolve(stated, facts.End, primary, talks, zone, d, dates)
            : EventTimeResolver.Resolve(primary, secondary, talks, zone, anchor, d, Programme.Of(dates, anchor, year, zone, c.Outline.Headings), AgreedDate(c, anchor),
                agendaRows, dates);
        end = facts.Start is null ? Structured.StructuredTimes.EndUnderProseStart(start, end, facts.End) : end;
        if (!hasClockTime && end is null && start is { } day)
        {
            // A day without hours lasts the whole day, as a range of such days lasts until the last one's end.
            end = new DateTimeOffset(day.Date + EventTimeResolver.EndOfDay.ToTimeSpan(), day.Offset);
        }
        if (linkYear is not null && stated is null && start?.Year == linkYear && primary.Find(p => p.Date is not null) is { Text.Year: null })
        {
            d.Warn(1, "year-from-links", $"the page's date has no year and the page no publish date; {linkYear} is the year its links are filed under (a guess: add a date to the front matter)");
        }

        if (datesYear is not null && stated is null && start?.Year == datesYear && primary.Find(p => p.Date is not null) is { Text.Year: null })
        {
            d.Warn(1, "year-from-dates", $"the page's date has no year and the page no publish date; {datesYear} is the year its other dates write (a guess: add a date to the front matter)");
        }

        var slides = links.Slides.Select(l => new SlideLink(l.Url, l.Text)).ToList();
        foreach (var talk in talks.Where(t => t.SlidesUrl is not null && !slides.Exists(s => s.Url == t.SlidesUrl)))
        {
            slides.Add(new SlideLink(talk.SlidesUrl!, talk.Title));
        }

        return new Event
        {
            Id = PageId.FromSource(c.Source),
            Title = title,
            Series = series,
            Number = number,
            Kind = kind,
            Start = start,
            End = end,
            HasClockTime = hasClockTime,
            TimeZoneId = zoneFound ? zoneId : "UTC+08:00",
            Form = form,
            Venue = form == EventForm.Online ? null : venue,
            LiveUrl = facts.LiveUrl ?? links.Live ?? venueRoom,
            ReplayUrl = facts.ReplayUrl ?? links.Replay,
            RegistrationUrl = facts.RegistrationUrl ?? links.Registration,
            SlidesUrl = facts.SlidesUrl ?? archive,
            AgendaImageUrl = c.Outline.Images.FirstOrDefault(i => i.Section is { } s && s.Contains("议程", StringComparison.Ordinal))?.Url,
            Description = c.FrontMatter.Description,
            Slides = slides,
            Talks = talks,
            SourceFile = c.Source,
        };
    }

    // The slides link of a one-talk page is that talk's deck; on other pages a slides link that no talk took is the
    // whole event's (an archive or folder).
    private static string? Archive(IReadOnlyList<PageLink> slides, ref IReadOnlyList<Talk> talks)
    {
        var taken = talks.Select(t => t.SlidesUrl).ToHashSet();
        var free = slides.FirstOrDefault(l => !taken.Contains(l.Url));
        if (free is null)
        {
            return null;
        }

        if (talks.Count == 1 && talks[0].SlidesUrl is null)
        {
            talks = [talks[0] with { SlidesUrl = free.Url }];
            return null;
        }

        return talks.Count == 1 ? null : free.Url;
    }

    private static IReadOnlyList<Talk> FromFrontMatter(IReadOnlyList<Structured.StructuredTalk> talks, TimeZoneInfo zone) =>
        [.. talks.Select(t => new Talk(t.Title, t.Speakers)
        {
            Slot = t.Start is { } start ? new TimeSlot(TimeOnly.FromDateTime(start.DateTime), t.End is { } end ? TimeOnly.FromDateTime(end.DateTime) : null) : t.Slot,
            SlidesUrl = t.SlidesUrl,
            ReplayUrl = t.ReplayUrl,
            Abstract = t.Abstract,
        })];

    private static IReadOnlyList<Talk> Talks(EventContext c, string title, string? theme, EventKind kind, EventLinks links, bool hasHour)
    {
        try
        {
            var context = new TalkContext(c.Document, c.Markdown, c.FrontMatter.Title ?? title, theme, kind, links.Slides, links.TalkReplays, c.Diagnostics, c.Outline,
                c.FrontMatter.Description, hasHour);
            return TalkExtractor.Extract(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            c.Diagnostics.Error(1, "talks-failure", $"talks could not be read ({e.GetType().Name}: {e.Message})");
            return [];
        }
    }

    // The front matter's start, unless it is a bare day from a key that only sometimes dates the event and a time label
    // gives another day with its clock time (`time: 2025-10-02` above `时间: 2025年10月11日 13:30-17:30`).
    private static Structured.StructuredTime? Stated(Structured.StructuredTime? start, List<TimeSource> prose) =>
        start is { YieldsToProse: true, HasClockTime: false } day && prose.Exists(p => p.Date is { } said && p.Text.Start is not null
            && said != DateOnly.FromDateTime(day.Value.DateTime))
            ? null
            : start;

    // Session pages that write no time of their own are often published at the session's start (`date: …T21:00:00`);
    // a time with seconds (`11:49:10`) or midnight is a file's timestamp, not a schedule.
    private static TimeSource? PublishTime(FrontMatter frontMatter, TimeZoneInfo zone)
    {
        if (frontMatter.Date is not { } published || frontMatter.DatePublishedOnly)
        {
            return null;
        }

        // A timestamp written in another offset than the event's zone (`T12:00:00+04:00` on a page about Paris) is
        // when and where the post was written, not a schedule; the zone's offset of the other season
        // (`2013-05-23T19:15+00:00` on a London page in May) is its wall clock with the offset typed the year round.
        var local = TimeZoneInfo.ConvertTime(published, zone);
        if (local.Offset != published.Offset)
        {
            if (!Dates.ZoneNames.IsClockOf(published.Offset, zone))
            {
                return null;
            }

            local = new DateTimeOffset(published.DateTime, zone.GetUtcOffset(published.DateTime));
        }

        if (local.Second != 0 || local.TimeOfDay == TimeSpan.Zero)
        {
            return null;
        }

        var text = new DateTimeText(local.Year, local.Month, local.Day, null, TimeOnly.FromDateTime(local.DateTime), null);
        return new TimeSource("date", text, frontMatter.Fields.LineOf("date"), DateOnly.FromDateTime(local.DateTime));
    }

    // A publish date without its hour (`date: '2020-09-01'`), or without a date in the front matter the one its file is
    // named by (`_posts/2016-10-29-meetup.md`, the post's date by Jekyll's convention), which the anchor already is.
    private static TimeSource? PublishDay(FrontMatter frontMatter, DateOnly? anchor)
    {
        if (frontMatter.Date is not { } published)
        {
            return anchor is { } named ? Day("path", named, 1) : null;
        }

        return published.TimeOfDay == TimeSpan.Zero ? Day("date", DateOnly.FromDateTime(published.DateTime), frontMatter.Fields.LineOf("date")) : null;

        static TimeSource Day(string name, DateOnly day, int line) =>
            new(name, new DateTimeText(day.Year, day.Month, day.Day, null, null, null), line, day);
    }

    // Times written in "local time" are in the zone of the event's city: the one the title names, else the venue, the
    // description or the body (less sure: a warning names the city taken).
    private static (string Id, TimeZoneInfo Zone)? LocalZone(EventContext c, string title, string? venue)
    {
        foreach (var line in c.Outline.LineSpan)
        {
            // `19:00 to 21:30 (Lisbon time)`: the page names the clock it writes in.
            if (CityZones.ClockOf(line.Text) is var (_, named) && TimeZones.Find(named, out var known) is var clock && known)
            {
                return (named, clock);
            }
        }

        if (!c.Outline.AnyLine(CityZones.SaysLocalTime))
        {
            return VenueZone(c, venue);
        }

        var fromTitle = CityZones.In(title).ToList();
        var cities = fromTitle.Count > 0 ? fromTitle
            : CityZones.In(venue).Concat(CityZones.In(c.FrontMatter.Description)).Concat(c.Outline.Lines.SelectMany(l => CityZones.In(l.Text))).ToList();
        if (cities.Count == 0)
        {
            c.Diagnostics.Warn(1, "local-time-zone", "the page writes times in local time but names no city the parser knows; they are read in the default zone");
            return null;
        }

        var (city, id) = cities[0];
        var zone = TimeZones.Find(id, out var found);
        if (!found)
        {
            return null;
        }

        if (fromTitle.Count == 0 || cities.Exists(other => other.Zone != id))
        {
            c.Diagnostics.Warn(1, "local-time-zone", $"local times are read in {id} from the city {city}, the first the page names; state the zone (timezone: in the front matter) to be sure");
        }

        return (id, zone);
    }

    // A venue in a city of another zone than the default (`500 Market St, San Francisco`) holds the event there: its
    // unzoned times are that city's clock, not the default zone's.
    private static (string Id, TimeZoneInfo Zone)? VenueZone(EventContext c, string? venue)
    {
        foreach (var (city, id) in CityZones.In(venue))
        {
            if (id == c.Options.TimeZoneId || TimeZones.Find(id, out var found) is var zone && !found)
            {
                return null;
            }

            c.Diagnostics.Info(1, "local-time-zone", $"the venue is in {city}: times without a zone are read in {id}; state the zone (timezone: in the front matter) to be sure");
            return (id, zone);
        }

        return null;
    }

    // The publish date when the file name carries the same day: two independent statements of the session's date.
    private static DateOnly? AgreedDate(EventContext c, DateOnly? anchor) =>
        c.FrontMatter.Date is not null && anchor is { } published && PathDate.Of(c.Source) == published ? published : null;

    // `### 线上直播`, `### 演讲直播`, `## Live stream`: a section about watching live, not a replay (直播回顾).
    private static bool HasLiveSection(Outline.PageOutline outline) =>
        outline.Sections.Any(s => outline.KeyOf(s) is var key && key.Length <= 8
            && (key.EndsWith("直播", StringComparison.Ordinal) || key is "livestream" or "live"));

    // `地点：杭州 + 线上同步直播`, `某路 1 号（线上同步直播）`: a place that is streamed as well makes a hybrid event.
    // The place is more than the words: `线上直播` alone is no place streamed too.
    private static readonly Text.ExactWords StreamedWords = new("线上同步", "同步直播", "线上直播", "+线上", "&线上", "+online", "andonline", "livestream");

    private static bool StreamedToo(string venue) => StreamedWords.In(Text.TextNormalizer.Key(venue), minOtherChars: 3);

    // A link after a venue label (`地址：https://…`) is no venue: the first value that is not one.
    private static string? Venue(EventContext c, bool inSummary) =>
        FirstValue(c, inSummary, VenueLabels, static v => !v.StartsWith("http", StringComparison.OrdinalIgnoreCase));

    // `Online, in our [GitHub repo](…) and on Discord`: where the work happens, not where one watches or joins.
    private static bool IsCodeHost(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host is "github.com" or "gitlab.com" or "gitee.com" or "codeberg.org";

    private static bool IsVenueKey(string key) => Array.IndexOf(VenueLabels, key) >= 0;

    private static Outline.PageLine? FirstLineUnderVenue(Outline.PageOutline outline)
    {
        foreach (var (_, first, _) in outline.FirstLinesUnder(IsVenueKey))
        {
            return first;
        }

        return null;
    }

    // `## 活动地点` with the place on the line below, as `## 分享时间` gives the time (a way to watch there is no place).
    private static string? SectionVenue(Outline.PageOutline outline)
    {
        foreach (var (_, first, _) in outline.FirstLinesUnder(IsVenueKey))
        {
            if (IsPlaceLine(first.Text))
            {
                return first.Text;
            }
        }

        return null;
    }

    // A short line that is no sentence and no way to watch: `Hosts rotate between companies in Berlin.` under `## Venue`
    // of a post about meetups says where they usually are, not where this one is.
    private static bool IsPlaceLine(string line) =>
        line.Length is > 1 and <= 80 && line[^1] is not ('.' or '!' or '?' or '。' or '！' or '？')
        && !line.Contains("://", StringComparison.Ordinal) && !OnlineVenue.Is(line, out _);

    private static string? Value(EventContext c, bool inSummary, params ReadOnlySpan<string> keys) => FirstValue(c, inSummary, keys, null);

    // `Where: Online via Zoom — [register here](…)`: the link an online venue value writes is the way in.
    private static string? VenueLink(EventContext c)
    {
        foreach (var label in c.Labels)
        {
            if (label.Links.Count > 0 && label.IsOneOf(VenueLabels))
            {
                return label.Links[0].Url;
            }
        }

        return null;
    }

    private static string? FirstValue(EventContext c, bool inSummary, ReadOnlySpan<string> keys, Func<string, bool>? accept)
    {
        foreach (var label in c.Labels)
        {
            if (label.InSummary == inSummary && label.Value.Length > 0 && label.IsOneOf(keys) && (accept is null || accept(label.Value)))
            {
                return label.Value;
            }
        }

        return null;
    }

    // `Topic: …`, `分享主题：…` written once in the body names the talk of a one-session page (a page with several is an
    // agenda, whose layouts read them); it is not the event's theme, so it names no series or kind. So does a `## 分享主题`
    // heading with the title as the first line under it.
    private static string? SoleTopic(EventContext c)
    {
        string? topic = null;
        foreach (var label in c.Labels)
        {
            if (!label.InSummary && label.Value.Length > 0 && Array.IndexOf(TopicLabels, label.Key) >= 0)
            {
                if (topic is not null)
                {
                    return null;
                }

                topic = label.Value;
            }
        }

        foreach (var section in c.Outline.Sections)
        {
            if (TopicUnderHeading(c.Outline, section) is { } under)
            {
                if (topic is not null)
                {
                    return null;
                }

                topic = under;
            }
        }

        return topic;
    }

    private static readonly string[] TopicLabels = ["分享主题", "演讲主题", "topic", "活动议题", "分享议题", "演讲议题", "分享题目", "演讲题目", "讲题", "报告题目"];

    // `## 分享主题` / `## Topic` / `## 议题`, then the title as a paragraph line of its own (not a label, not links).
    // `## 演讲内容` / `## 分享内容` names the talk only when it holds one short line: it more often describes it.
    private static string? TopicUnderHeading(Outline.PageOutline outline, Outline.SectionLines section)
    {
        var key = section.Count == 0 ? "" : outline.KeyOf(section).TrimEnd(':');
        var content = key is "演讲内容" or "分享内容";
        if (!(key is "分享主题" or "演讲主题" or "议题" or "topic" || content && section.Count == 1))
        {
            return null;
        }

        var line = outline.Lines[section.First];
        return line.StartsBlock && !line.IsLinksOnly && !line.InSummary && line.Text.Trim() is { Length: > 0 } text
            && !Outline.LabelReader.TrySplit(text, out _, out _) && !(content && (text.Length > MaxContentTopic || text[^1] is '。' or '.')) ? text : null;
    }

    private const int MaxContentTopic = 40;

    // What a page says of speakers who sit on one panel (`a panel discussion by three software developers`).
    private static readonly Text.WordSet PanelWords = new("panel discussion", "panelists", "panellists", "roundtable", "round table", "圆桌", "圓桌");

    // From one newline to the next with a vectorised search: the front matter's lines are not read a character at a time.
    private static int DescriptionLine(string markdown)
    {
        var line = 1;
        for (var i = markdown.IndexOf('\n'); i >= 0 && line < 64; i = markdown.IndexOf('\n', i + 1))
        {
            line++;
            if (string.CompareOrdinal(markdown, i + 1, "descrip", 0, 7) == 0)
            {
                return line;
            }
        }

        return 1;
    }

    // `会议 ID：721 347 905`, `Meeting ID: 859 4444 0554`: a meeting to join online, even where the page gives no link.
    private static bool IsMeetingId(LabelledValue label) =>
        label.Key is "会议id" or "会议号" or "会议号码" or "腾讯会议号" or "腾讯会议id" or "meetingid" or "zoomid" or "zoommeetingid"
        && label.Value.Count(char.IsAsciiDigit) >= 6;
}
