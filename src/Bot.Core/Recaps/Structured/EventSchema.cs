namespace Bot.Core.Recaps.Structured;

/// <summary>What a front-matter key says about the event.</summary>
public enum FieldRole
{
    Start,
    End,
    StartDate,
    StartTime,
    EndTime,
    Duration,
    TimeZone,
    Online,
    Form,
    Venue,
    Live,
    Registration,
    Replay,
    Slides,
    Speakers,
    Talks,
    Draft,
}

/// <summary>The one table of front-matter schemas: each role with the keys that carry it, folded by
/// <see cref="FrontMatterFields.Fold"/> (<c>date_end</c> → <c>dateend</c>). Our recommended keys come first; the
/// rest are what Hugo/Wowchemy event pages, Hexo activity posts, Docsy event pages and devopsdays talk pages write.
/// A key that only means the event's time in some schemas (<c>date</c>) is not here: see <see cref="DateIsStartMarkers"/>.</summary>
public static class EventSchema
{
    public static readonly IReadOnlyList<(FieldRole Role, string[] Keys)> Table =
    [
        (FieldRole.Start, ["start", "starttime", "startat", "startedat", "startsat", "occurredat", "startdate", "begin", "eventstart", "eventdate", "eventtime", "datestart",
            "startdatetime", "datetime", "eventstarttime", "eventstartdate", "activitytime", "activitystart", "activitydate", "meetuptime", "meetupdate",
            "livetime", "hostdate", "heldon", "when", "during", "活动时间", "活动日期", "开始时间", "直播时间"]),
        (FieldRole.End, ["end", "endtime", "endat", "endedat", "endsat", "enddate", "finish", "eventend", "eventenddate", "dateend",
            "enddatetime", "eventendtime", "activityend", "activityendtime", "结束时间"]),
        (FieldRole.StartDate, ["talkdate", "sessiondate"]),
        (FieldRole.StartTime, ["talkstarttime", "sessionstarttime"]),
        (FieldRole.EndTime, ["talkendtime", "sessionendtime"]),
        (FieldRole.Duration, ["duration", "eventduration", "时长"]),
        (FieldRole.TimeZone, ["timezone", "tz", "zone"]),
        (FieldRole.Online, ["online", "isonline", "virtual"]),
        (FieldRole.Form, ["form", "format", "mode", "attendance"]),
        (FieldRole.Venue, ["venue", "location", "place", "address", "eventlocation", "eventvenue", "eventplace", "eventaddress", "venuename", "room", "地点", "活动地点"]),
        (FieldRole.Live, ["live", "liveurl", "livestream", "livestreamurl", "stream", "streamurl", "liveroom", "直播", "meeting", "meetingurl", "视频会议", "会议链接"]),
        (FieldRole.Registration, ["registration", "register", "registrationurl", "registerurl", "signup", "rsvp", "tickets", "eventurl", "meetuplink", "meetupurl", "报名"]),
        (FieldRole.Replay, ["replay", "replayurl", "recording", "recordingurl", "video", "videourl", "urlvideo", "youtube", "回放", "speechlink", "videolink", "recordinglink", "replaylink"]),
        (FieldRole.Slides, ["slides", "slidesurl", "urlslides", "deck", "ppt", "urlpdf"]),
        (FieldRole.Speakers, ["speakers", "speaker", "presenters", "presenter", "lecturer", "lecturers", "instructor", "instructors", "authors", "mentors", "讲师", "嘉宾"]),
        (FieldRole.Talks, ["talks", "sessions", "agenda", "schedule", "programelements", "program"]),
        (FieldRole.Draft, ["draft"]),
    ];

    /// <summary>Keys that make a plain <c>date</c> the event's start (Wowchemy's event type): elsewhere <c>date</c> is
    /// the publish date, the anchor for years the page leaves out.</summary>
    public static readonly string[] DateIsStartMarkers = ["dateend", "allday", "event", "eventurl"];

    /// <summary>Values of <c>type</c> that make the page one talk (devopsdays and Docsy conference sites).</summary>
    public static readonly string[] TalkPageTypes = ["talk", "session", "presentation", "keynote"];

    /// <summary>Values of <c>type</c> that make the page a gathering's own (BitDevs' <c>type: socratic</c> over the
    /// evening's reading list, <c>type: meetup</c>): its time, even the publish date's, is the gathering's.</summary>
    public static readonly string[] GatheringPageTypes = ["socratic", "meetup", "seminar", "workshop", "hackathon", "hacknight"];

    /// <summary>Sub-maps whose keys are read with the same table (<c>links: {报名: …, 直播: …}</c>).</summary>
    public static readonly string[] LinkMaps = ["links", "urls"];

    /// <summary>Keys of one talk inside a talk list.</summary>
    public static readonly string[] TalkTitleKeys = ["title", "name", "topic", "subject", "item", "talktitle", "sessiontitle", "题目", "议题", "主题"];

    /// <summary>Keys that name a talk's people only inside one talk: a page's own <c>author</c> wrote the page, a
    /// schedule item's <c>author</c> gives the talk (<c>schedule: - title: … author: Pam Selle</c>).</summary>
    public static readonly string[] TalkSpeakerKeys = ["author", "authors", "by", "speakerid", "speakerids"];

    /// <summary>Keys of one person inside a speaker list.</summary>
    public static readonly string[] PersonNameKeys = ["name", "realname", "姓名", "title"];

    /// <summary>Keys of a person that name the talk they give; not <c>title</c>, which is a person's job title as often.</summary>
    public static readonly string[] PersonTopicKeys = ["topic", "subject", "talk", "talktitle", "sessiontitle", "题目", "议题", "主题", "分享主题", "演讲主题"];
    public static readonly string[] PersonAliasKeys = ["alias", "aliases", "nickname", "nick", "花名"];
    public static readonly string[] PersonAffiliationKeys = ["affiliation", "company", "org", "organization", "organisation", "公司", "单位"];

    /// <summary>Talk types that are not talks (devopsdays writes breaks and meals as <c>custom</c>, others a schedule's
    /// coworking, food and introductions as <c>event</c> beside its <c>talk</c> items).</summary>
    public static readonly string[] HousekeepingTypes = ["custom", "break", "meal", "registration", "lunch", "other", "event", "social", "networking", "food"];

    private static readonly string[][] ByRole = BuildByRole();

    public static string[] KeysOf(FieldRole role) => ByRole[(int)role];

    // Each key's roles as bits (1 << role): a page's keys, looked up once each, tell which roles it has a key for.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> RoleBits = BuildRoleBits();

    /// <summary>The roles <paramref name="foldedKey"/> carries, one bit per role (<c>1 &lt;&lt; (int)role</c>); 0 for a key of none.</summary>
    public static int RolesOf(string foldedKey) => RoleBits.GetValueOrDefault(foldedKey);

    private static System.Collections.Frozen.FrozenDictionary<string, int> BuildRoleBits()
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (role, keys) in Table)
        {
            foreach (var key in keys)
            {
                bits[key] = bits.GetValueOrDefault(key) | (1 << (int)role);
            }
        }

        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(bits, StringComparer.Ordinal);
    }

    private static string[][] BuildByRole()
    {
        var byRole = new string[Enum.GetValues<FieldRole>().Length][];
        Array.Fill(byRole, []);
        foreach (var (role, keys) in Table)
        {
            byRole[(int)role] = keys;
        }

        return byRole;
    }
}
