using System.Globalization;
using System.Text;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Button payloads: a short prefix and a short id, far below Telegram's 64 bytes (never titles).</summary>
public static class CallbackData
{
    public const string EventPrefix = "ev";
    public const string AgendaPrefix = "ag";
    public const string SlidesPrefix = "sl";
    public const string SpeakerPrefix = "sp";
    public const string TalkPrefix = "tk";
    public const string EventsPagePrefix = "pg";
    public const string SearchPagePrefix = "sr";

    public static string Event(string key) => $"{EventPrefix}:{key}";
    public static string Agenda(string key) => $"{AgendaPrefix}:{key}";
    public static string Slides(string key) => $"{SlidesPrefix}:{key}";
    public static string Speaker(string id) => $"{SpeakerPrefix}:{id}";
    public static string Talk(string id) => $"{TalkPrefix}:{id}";
    public static string EventsPage(int page) => $"{EventsPagePrefix}:{page}";

    /// <summary><c>sr:{scope}{page}:{query}</c>: a result page carries its query, so any page of any list can be
    /// shown again after a restart; null when the query does not fit in Telegram's 64 bytes.</summary>
    public static string? SearchPage(SearchScope scope, int page, string query)
    {
        var data = $"{SearchPagePrefix}:{scope.Code()}{page.ToString(CultureInfo.InvariantCulture)}:{query}";
        return Encoding.UTF8.GetByteCount(data) <= TelegramLimits.CallbackDataBytes ? data : null;
    }

    public static bool TryParseSearchPage(string payload, out SearchScope scope, out int page, out string query)
    {
        var colon = payload.IndexOf(':');
        query = colon > 0 ? payload[(colon + 1)..] : string.Empty;
        page = 0;
        scope = SearchScope.All;
        return colon > 1 && query.Length > 0 && SearchScopes.TryParse(payload[0], out scope)
            && int.TryParse(payload.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1;
    }

    /// <summary>Splits <c>prefix:payload</c>; false for anything else (stale or foreign data).</summary>
    public static bool TryParse(string? data, out string prefix, out string payload)
    {
        var colon = data?.IndexOf(':') ?? -1;
        prefix = colon > 0 ? data![..colon] : string.Empty;
        payload = colon > 0 ? data![(colon + 1)..] : string.Empty;
        return colon > 0;
    }
}
