using Bot.Core.Events;

namespace Bot.Core.Catalog;

public static class SeriesFilterExtensions
{
    public static bool Matches(this SeriesFilter filter, Event evt) => filter switch
    {
        SeriesFilter.Channel => evt.Kind == EventKind.LiveStream || Contains(evt.Series, "channel"),
        SeriesFilter.Meetup => evt.Kind == EventKind.Meetup || Contains(evt.Series, "meetup"),
        _ => true,
    };

    public static bool TryParse(string token, out SeriesFilter filter)
    {
        filter = token.Trim().ToLowerInvariant() switch
        {
            "channel" or "sofachannel" or "live" => SeriesFilter.Channel,
            "meetup" or "sofameetup" => SeriesFilter.Meetup,
            "all" => SeriesFilter.All,
            _ => (SeriesFilter)(-1),
        };
        return Enum.IsDefined(filter);
    }

    private static bool Contains(string? series, string word) =>
        series?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
