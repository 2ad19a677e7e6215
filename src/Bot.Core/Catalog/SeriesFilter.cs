namespace Bot.Core.Catalog;

/// <summary>Which events a chat wants to hear about: all, only SOFAChannel live streams, or only SOFAMeetups.</summary>
public enum SeriesFilter
{
    All,
    Channel,
    Meetup,
}
