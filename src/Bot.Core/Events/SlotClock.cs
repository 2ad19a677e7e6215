namespace Bot.Core.Events;

/// <summary>How an agenda slot's hour was written.</summary>
internal enum SlotClock
{
    /// <summary>With am/pm, or by a structured field: the hour is what it says.</summary>
    Stated,

    /// <summary><c>6:30</c>: an hour of 1–12 without am/pm, morning or afternoon.</summary>
    EitherHalf,

    /// <summary><c>18:30</c>, <c>0:15</c>: an hour only a 24-hour clock writes.</summary>
    TwentyFour,
}
