namespace Bot.Core.Events;

public enum EventKind
{
    Other,
    LiveStream,
    Meetup,
    Webinar,
    Workshop,
    Anniversary,

    /// <summary>A summit or conference (KubeCon, 峰会, 大会): several talks at a venue, often over several days.</summary>
    Conference,
}
