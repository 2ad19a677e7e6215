using Bot.Core.Events;

namespace Bot.Core.Tests.Reminders;

/// <summary>Short events in the corpus's shapes (own words).</summary>
internal static class SampleEvents
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static Event Channel(string id, DateTimeOffset start, DateTimeOffset? end = null) => new()
    {
        Id = id,
        Title = $"SOFAChannel#{id.Length} Layotto in practice",
        Series = "SOFAChannel",
        Number = id.Length,
        Kind = EventKind.LiveStream,
        Start = start,
        End = end,
        TimeZoneId = "Asia/Shanghai",
        Form = EventForm.Online,
        LiveUrl = "https://live.example.org/room?id=1&x=2",
        Talks = [new Talk("Runtime APIs <for> everyone", [new Speaker("周群力", ["仪式"])])],
        SourceFile = $"{id}.md",
    };

    public static Event Meetup(string id, DateTimeOffset start) => Channel(id, start) with
    {
        Title = "SOFAMeetup Beijing",
        Series = "SOFAMeetup",
        Kind = EventKind.Meetup,
        Form = EventForm.Offline,
        LiveUrl = null,
        Venue = "Zhongguancun, Beijing",
    };
}
