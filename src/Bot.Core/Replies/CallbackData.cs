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

    public static string Event(string key) => $"{EventPrefix}:{key}";
    public static string Agenda(string key) => $"{AgendaPrefix}:{key}";
    public static string Slides(string key) => $"{SlidesPrefix}:{key}";
    public static string Speaker(string id) => $"{SpeakerPrefix}:{id}";
    public static string Talk(string id) => $"{TalkPrefix}:{id}";
    public static string EventsPage(int page) => $"{EventsPagePrefix}:{page}";

    /// <summary>Splits <c>prefix:payload</c>; false for anything else (stale or foreign data).</summary>
    public static bool TryParse(string? data, out string prefix, out string payload)
    {
        var colon = data?.IndexOf(':') ?? -1;
        prefix = colon > 0 ? data![..colon] : string.Empty;
        payload = colon > 0 ? data![(colon + 1)..] : string.Empty;
        return colon > 0;
    }
}
