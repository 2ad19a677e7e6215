using Bot.Core.Catalog;

namespace Bot.Core.Reminders.Commands;

/// <summary>The words of /subscribe, /unsubscribe, /reminders and /tz; the instances live with the rest of each language in <see cref="Localization.Strings"/>.</summary>
public sealed record SubscriptionStrings(
    string SubscribeDescription,
    string UnsubscribeDescription,
    string RemindersDescription,
    string TimeZoneDescription,
    string SubscribeUsage,
    string TimeZoneUsage,
    string NotUnderstood,
    string UnknownZone,
    string AdminsOnly,
    string AdminCheckFailed,
    string Subscribed,
    string Unsubscribed,
    string WasNotSubscribed,
    string NotSubscribed,
    string ZoneSet,
    string Settings,
    string NextReminders,
    string NoUpcoming,
    string AllSeries,
    string ChannelOnly,
    string MeetupOnly,
    string StartingNow)
{
    public string FilterName(SeriesFilter filter) => filter switch
    {
        SeriesFilter.Channel => ChannelOnly,
        SeriesFilter.Meetup => MeetupOnly,
        _ => AllSeries,
    };
}
