using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

internal static class EventPlace
{
    /// <summary>Where an event happens, one line each: the venue, the live room (when asked for), the registration
    /// link while it is not over.</summary>
    public static HtmlBuilder Place(this HtmlBuilder html, Event e, ReplyContext view, bool liveRoom)
    {
        var s = view.Strings;
        if (!string.IsNullOrWhiteSpace(e.Venue))
        {
            html.Text(s.VenueLabel + e.Venue).Line();
        }

        if (liveRoom && HtmlBuilder.IsWebUrl(e.LiveUrl))
        {
            html.Text(s.LiveRoomLabel).Link(e.LiveUrl, e.LiveUrl).Line();
        }

        if (HtmlBuilder.IsWebUrl(e.RegistrationUrl) && !When.IsPast(e, view.Now))
        {
            html.Text(s.RegistrationLabel).Link(e.RegistrationUrl, e.RegistrationUrl).Line();
        }

        return html;
    }
}
