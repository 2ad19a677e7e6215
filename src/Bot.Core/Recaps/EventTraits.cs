using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>Kind and form of an event page, from its title, 活动主题, categories and 活动形式.</summary>
internal static class EventTraits
{
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

        return Has("Meetup") || Has("Open Day") || Has("开放日") || Has("沙龙") || Has("站") ? EventKind.Meetup : EventKind.Other;
    }

    /// <summary>活动形式 decides; without it: a live room means online, a venue offline, and the kind's usual form.</summary>
    public static EventForm Form(string? formValue, bool hasVenue, bool hasLiveRoom, EventKind kind)
    {
        var value = TextNormalizer.Key(formValue);
        var online = value.Contains("线上", StringComparison.Ordinal) || value.Contains("直播", StringComparison.Ordinal)
            || value.Contains("online", StringComparison.Ordinal);
        var offline = value.Contains("线下", StringComparison.Ordinal) || value.Contains("offline", StringComparison.Ordinal)
            || value.Contains("现场", StringComparison.Ordinal);
        return (online, offline) switch
        {
            (true, true) => EventForm.Hybrid,
            (true, false) => EventForm.Online,
            (false, true) => EventForm.Offline,
            _ when hasVenue => EventForm.Offline,
            _ when hasLiveRoom || kind is EventKind.LiveStream or EventKind.Webinar => EventForm.Online,
            _ when kind is EventKind.Meetup or EventKind.Workshop or EventKind.Anniversary => EventForm.Offline,
            _ => EventForm.Unknown,
        };
    }
}
