using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>Kind and form of an event page, from its title, 活动主题, categories and 活动形式.</summary>
internal static partial class EventTraits
{
    private static readonly WordSet ConferenceWords = new("Summit", "Conference", "峰会", "大会", "年会");

    // A gathering of the community by any of its names (`Community Meeting`, `技术交流会`, `开发者见面会`).
    private static readonly string[] MeetupWords = ["Meetup", "Meetups", "Meet-up", "Meeting", "Open Day", "开放日", "沙龙", "站", "聚会", "交流会", "分享会", "见面会"];

    public static EventKind Kind(string? title, string? theme, IReadOnlyList<string> categories)
    {
        var text = $"{title} {theme}";
        bool Has(string word) => text.ContainsWord(word);
        if (Has("Webinar"))
        {
            return EventKind.Webinar;
        }

        if (Has("Workshop") || Has("工作坊"))
        {
            return EventKind.Workshop;
        }

        if (Has("Channel") || Has("SOFATalk") || Has("直播第"))
        {
            return EventKind.LiveStream;
        }

        // The SOFAMeetup category wins over words: "SOFA 开源三周年" is a meetup that celebrated an anniversary.
        if (categories.Any(c => c.Contains("Meetup", StringComparison.OrdinalIgnoreCase)))
        {
            return EventKind.Meetup;
        }

        if (Has("周年") || Has("anniversary"))
        {
            return EventKind.Anniversary;
        }

        // Conferences are named with a word (Summit, 峰会) or a "…Con" brand (KubeCon, ApacheCon, PyCon).
        // The regex runs only on a text that has its literal part, `Con`.
        if (ConferenceWords.In(text) || (text.Contains("Con", StringComparison.Ordinal) && ConferenceName().IsMatch(text)))
        {
            return EventKind.Conference;
        }

        return MeetupWords.Any(Has) ? EventKind.Meetup : EventKind.Other;
    }

    /// <summary>活动形式 decides, else form words in the title ("线上分享", "直播预告"); without either, the evidence: a
    /// venue means offline, a live room online, both hybrid, a conference or an
    /// anniversary celebration is held in person; nothing is unknown.</summary>
    public static EventForm Form(string? formValue, string? title, bool hasVenue, bool hasLiveRoom, EventKind kind)
    {
        var (online, offline) = FormWords(formValue);
        if (!online && !offline)
        {
            (online, offline) = FormWords(title);
        }

        return (online, offline) switch
        {
            (true, true) => EventForm.Hybrid,
            (true, false) => EventForm.Online,
            (false, true) => EventForm.Offline,
            _ when hasVenue && hasLiveRoom => EventForm.Hybrid,
            _ when hasVenue => EventForm.Offline,
            _ when hasLiveRoom || kind is EventKind.LiveStream or EventKind.Webinar => EventForm.Online,
            // Conferences and anniversary celebrations are gatherings; a meetup or workshop may be either, and its form
            // is not guessed from its name: with nothing said, it is unknown.
            _ when kind is EventKind.Conference or EventKind.Anniversary => EventForm.Offline,
            _ => EventForm.Unknown,
        };
    }

    // Things only a place has: a badge to pick up, a hall or foyer to walk to. Said in a page's prose, they make it an
    // event one attends in person, as a venue label would.
    // One vectorised case-insensitive search per line for all the words (all ASCII, so it takes the fast path).
    private static readonly SearchValues<string> OnSiteWords =
        SearchValues.Create(["pick up your badge", "exhibit hall", "foyer", "convention center", "convention centre"], StringComparison.OrdinalIgnoreCase);

    // The same in Chinese prose: the audience in the room (`近百位开发者齐聚现场`, `为现场观众带来`).
    private static readonly ExactWords OnSiteChineseWords = new("齐聚现场", "现场观众", "莅临现场", "亲临现场");

    /// <summary>Whether a line of prose speaks of the event's physical place (<c>pick up your badge</c>, <c>the Europe Foyer</c>,
    /// <c>齐聚现场</c>).</summary>
    public static bool SaysOnSite(string text) => text.AsSpan().ContainsAny(OnSiteWords) || OnSiteChineseWords.In(text) || OpensDoors(text);

    private static readonly SearchValues<string> DoorsWords = SearchValues.Create(["doors open", "doors will open", "doors at"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> RemoteDoorsWords = SearchValues.Create(["virtual", "online", "zoom", "stream"], StringComparison.OrdinalIgnoreCase);

    // `Doors open at 6:30`: a door to walk through, unless it is a call's (`Virtual doors open`).
    private static bool OpensDoors(string text) => text.AsSpan().ContainsAny(DoorsWords) && !text.AsSpan().ContainsAny(RemoteDoorsWords);

    // What only a remote event tells its attendees: how to connect, the link to join the call.
    private static readonly SearchValues<string> RemoteWords =
        SearchValues.Create(["how to connect", "join link", "joining link", "zoom link", "link to join"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a line of prose tells attendees how to join from afar (<c>how to connect will be sent later</c>).</summary>
    public static bool SaysRemote(string text) => text.AsSpan().ContainsAny(RemoteWords);

    private static (bool Online, bool Offline) FormWords(string? text)
    {
        var value = TextNormalizer.Key(text);
        var online = value.Contains("线上", StringComparison.Ordinal) || value.Contains("直播", StringComparison.Ordinal)
            || value.Contains("online", StringComparison.Ordinal) || VirtualGathering(value);
        var offline = value.Contains("线下", StringComparison.Ordinal) || value.Contains("offline", StringComparison.Ordinal)
            || value.Contains("现场", StringComparison.Ordinal);
        return (online, offline);
    }

    // `Virtual Summit`, `Virtual Meetup`: a gathering held online. `virtual` alone is no form (`Java virtual threads`).
    private static readonly ExactWords VirtualGatherings = new("virtualsummit", "virtualconference", "virtualmeetup", "virtualevent", "virtualworkshop");

    private static bool VirtualGathering(string key) => key.Contains("virtual", StringComparison.Ordinal) && VirtualGatherings.In(key);

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}[\p{L}]*Con(?:f)?(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ConferenceName();
}
