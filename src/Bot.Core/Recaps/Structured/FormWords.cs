using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Structured;

/// <summary>How a form value reads: 线上 / online / virtual, 线下 / offline / in person, or both.</summary>
public static class FormWords
{
    private static readonly string[] OnlineWords = ["线上", "直播", "online", "virtual", "webinar", "livestream", "live stream", "remote", "teleconference",
        "videoconference", "video conference", "video call", "zoom", "腾讯会议"];
    private static readonly string[] OfflineWords = ["线下", "现场", "offline", "in person", "in-person", "onsite", "on-site"];
    private static readonly string[] HybridWords = ["hybrid", "混合", "线上+线下", "线上 + 线下", "线上线下", "线下+线上"];

    // The same lists searched inside a text; a tag is compared with the lists whole.
    private static readonly ExactWords Online = new(OnlineWords), Offline = new(OfflineWords), Hybrid = new(HybridWords);

    /// <summary>The form the tags name when a tag is a form word by itself (<c>tags: [online, offline, …]</c>); a tag
    /// that only contains one (<c>直播回顾</c>) says nothing.</summary>
    public static EventForm OfTags(IEnumerable<string> tags)
    {
        List<string>? words = null;
        foreach (var tag in tags)
        {
            var t = TextNormalizer.LowerInvariant(tag.Trim());
            if (Array.IndexOf(OnlineWords, t) >= 0 || Array.IndexOf(OfflineWords, t) >= 0 || Array.IndexOf(HybridWords, t) >= 0)
            {
                (words ??= []).Add(t);
            }
        }

        return words is null ? EventForm.Unknown : Of(string.Join(' ', words));
    }

    /// <summary>Whether <paramref name="text"/> is an online form word and nothing else (<c>teleconference</c>, <c>线上</c>).</summary>
    public static bool IsOnlineWord(string text) => Array.IndexOf(OnlineWords, TextNormalizer.LowerInvariant(text.Trim())) >= 0;

    private static readonly char[] PartSeparators = ['+', '＋', '/', '&', '、', ',', '，', '|'];

    /// <summary>A place value that may name the form too (<c>成都 + 线上</c>, <c>线下 + 线上</c>, <c>线上</c>): the
    /// parts that are not form words, or null when there are none.</summary>
    public static string? PlaceIn(string text)
    {
        var parts = text.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return Of(parts[0]) == EventForm.Unknown || parts[0].Length > 6 ? text : null;
        }

        var places = Array.FindAll(parts, p => Of(p) == EventForm.Unknown);
        return places.Length == parts.Length ? text : places.Length == 0 ? null : string.Join(" ", places);
    }

    /// <summary>The form a value names, a place beside an online word (<c>成都 + 线上</c>) making it hybrid.</summary>
    public static EventForm OfPlace(string text)
    {
        var form = Of(text);
        return form == EventForm.Online && text.AsSpan().ContainsAny(PartSeparators) && PlaceIn(text) is not null ? EventForm.Hybrid : form;
    }

    public static EventForm Of(string text)
    {
        var t = TextNormalizer.LowerInvariant(text);
        if (Hybrid.In(t))
        {
            return EventForm.Hybrid;
        }

        var online = Online.In(t);
        var offline = Offline.In(t);
        return (online, offline) switch
        {
            (true, true) => EventForm.Hybrid,
            (true, false) => EventForm.Online,
            (false, true) => EventForm.Offline,
            _ => EventForm.Unknown,
        };
    }
}
