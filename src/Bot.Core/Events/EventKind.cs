namespace Bot.Core.Events;

public enum EventKind
{
    Other,
    LiveStream,
    Meetup,
    Webinar,
    Workshop,
    Anniversary,
}
