using Bot.Core.Catalog;
using System.Globalization;
using System.Text;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Button payloads: a short prefix and a short id, far below Telegram's 64 bytes (never titles).</summary>
public static class CallbackData
{
    // SeriesFilter.All, Channel, Meetup, in enum order.
    private const string FilterCodes = "acm";

    public const string EventPrefix = "ev";
    public const string AgendaPrefix = "ag";
    public const string SlidesPrefix = "sl";
    public const string SpeakerPrefix = "sp";
    public const string TalkPrefix = "tk";
    public const string EventsPagePrefix = "pg";
    public const string SearchPagePrefix = "sr";
    public const string DaysPagePrefix = "dy";

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

    /// <summary><c>dy:{from}{to}{series}{page}</c>, days as yyyyMMdd, series as a/c/m: "this week" page 2 in 22 bytes.</summary>
    public static string DaysPage(DateOnly from, DateOnly to, SeriesFilter filter, int page) =>
        $"{DaysPagePrefix}:{EventsOnDays.Day(from)}{EventsOnDays.Day(to)}{FilterCodes[(int)filter]}{page.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParseDaysPage(string payload, out DateOnly from, out DateOnly to, out SeriesFilter filter, out int page)
    {
        (to, filter, page) = (default, SeriesFilter.All, 0);
        var code = payload.Length > 17 ? FilterCodes.IndexOf(payload[16]) : -1;
        if (code < 0
            || !DateOnly.TryParseExact(payload.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)
            || !DateOnly.TryParseExact(payload.AsSpan(8, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to)
            || from > to || to.DayNumber - from.DayNumber > 366)
        {
            from = default;
            return false;
        }

        filter = (SeriesFilter)code;
        return int.TryParse(payload.AsSpan(17), NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1;
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
