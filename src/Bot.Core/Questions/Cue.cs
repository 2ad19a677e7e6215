namespace Bot.Core.Questions;

/// <summary>What a word of a question says about what is asked (not what it is about).</summary>
public enum Cue
{
    /// <summary>Carries nothing: particles, pronouns, politeness (的, 吗, 请问, the, please).</summary>
    Filler,
    Next,
    Last,
    /// <summary>The newest: the next one when one is announced, else the latest past (最近, latest).</summary>
    Latest,
    /// <summary>The earliest (第一次, first).</summary>
    First,
    When,
    Who,
    /// <summary>Spoke, talked, presented; a talk or a sharing.</summary>
    Spoke,
    WhoIs,
    Slides,
    Replay,
    /// <summary>Where and how to watch: the live room.</summary>
    Watch,
    /// <summary>Where it is held, how to attend or register.</summary>
    Where,
    Subscribe,
    Agenda,
    Calendar,
    EventList,
    Help,
    /// <summary>The word "event" itself (活动): about events, any kind.</summary>
    Event,
    LiveStream,
    Meetup,
}
