using Bot.Core.Events;
using Bot.Core.Recaps.Structured;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>A venue label whose value is no place but the way to watch: <c>地点：线上</c>, <c>活动地点：线上（腾讯会议）</c>,
/// <c>地点：腾讯会议 https://…</c>, <c>Where: Live on YouTube: https://…</c>, <c>Where: https://zoom.us/j/…</c>.</summary>
internal static class OnlineVenue
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] Opens = ['（', '('];
    private static readonly char[] Closes = ['）', ')'];

    private static readonly char[] Filler = [' ', '：', ':', '-', '，', ',', '。', '.'];

    /// <summary>True when <paramref name="value"/> names only an online form, a live platform or a link; the link, if
    /// any, is the live room.</summary>
    public static bool Is(string value, out string? link)
    {
        link = null;
        var words = new List<string>();
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains("://", StringComparison.Ordinal))
            {
                // A map link shows where the venue is: it makes no room of it.
                link ??= StructuredReader.IsUrl(token) && !LinkResolver.IsMapLink(token) ? token : null;
            }
            else
            {
                words.Add(token);
            }
        }

        var joined = string.Join(' ', words);
        var text = WithoutAside(joined).Trim(Filler);
        // `Community call (teleconference)`: an aside that is only an online word says how the thing before it is held.
        var online = text.Length == 0 ? link is not null
            : FormWords.Of(text) == EventForm.Online && (FormWords.PlaceIn(text) is null || OpensWithOnlineWord(text)) || LinkResolver.IsLiveLabel(TextNormalizer.Key(text))
              || (Aside(joined) is { } aside && FormWords.IsOnlineWord(aside));
        link = online ? link : null;
        return online;
    }

    /// <summary><c>线上 + 线下（某路 1 号）</c>: a venue value that names both forms and puts the place in its aside is a
    /// hybrid event at that place; the place, else null.</summary>
    public static string? HybridPlace(string value)
    {
        if (Aside(value) is not { } aside)
        {
            return null;
        }

        var head = WithoutAside(value).Trim(Filler);
        return FormWords.Of(head) == EventForm.Hybrid && FormWords.PlaceIn(head) is null ? aside.Trim() : null;
    }

    // `Online via Zoom — register here`, `线上，腾讯会议`: a value that opens with its form says how to attend, whatever
    // follows it.
    private static bool OpensWithOnlineWord(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("线上", StringComparison.Ordinal) || t.StartsWith("online", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("virtual", StringComparison.OrdinalIgnoreCase) || t.StartsWith("remote", StringComparison.OrdinalIgnoreCase);
    }

    // What a value says in brackets after its first word (`Community call (teleconference)`); null when it says nothing there.
    private static string? Aside(string text)
    {
        var open = text.IndexOfAny(Opens);
        var close = text.LastIndexOfAny(Closes);
        return open > 0 && close > open + 1 ? text[(open + 1)..close] : null;
    }

    // `线上（腾讯会议）`: the aside says which platform; the form word before it decides.
    private static string WithoutAside(string text)
    {
        var open = text.IndexOfAny(Opens);
        return open > 0 ? text[..open] : text;
    }
}
