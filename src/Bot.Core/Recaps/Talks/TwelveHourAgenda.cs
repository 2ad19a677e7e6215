using Bot.Core.Events;

namespace Bot.Core.Recaps.Talks;

/// <summary>Settles agenda hours written without am/pm. English evening meetups write <c>6:30 - Talk 1</c> and mean
/// 18:30; day-long agendas write <c>11:00</c>, <c>12:00</c>, <c>1:00</c> and mean 13:00 after noon. A page that writes
/// any hour only a 24-hour clock has (<c>14:00</c>) keeps 24-hour time, so its small hours are the morning's.</summary>
internal static class TwelveHourAgenda
{
    // Agenda slots follow each other closely; a longer jump forward is a new day (or a typo), read afresh.
    private static readonly TimeSpan MaxGap = TimeSpan.FromHours(3);

    public static void Settle(List<TalkDraft> talks)
    {
        var timed = talks.FindAll(t => t.Slot is not null);
        var slots = timed.ConvertAll(t => t.Slot!);
        Settle(slots);
        for (var i = 0; i < timed.Count; i++)
        {
            timed[i].Slot = slots[i];
        }
    }

    /// <summary>Settles <paramref name="slots"/>, in page order, in place; every slot comes back <see cref="SlotClock.Stated"/>.</summary>
    public static void Settle(List<TimeSlot> slots)
    {
        var twentyFour = slots.Exists(s => s.Clock == SlotClock.TwentyFour);
        TimeSlot? previous = null;
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var settled = slot.Clock == SlotClock.EitherHalf && !twentyFour ? Settle(slot, previous) : slot;
            slots[i] = previous = new TimeSlot(settled.Start, settled.End);
        }
    }

    private static TimeSlot Settle(TimeSlot slot, TimeSlot? previous)
    {
        if (slot.Start.Hour == 12)
        {
            return slot;
        }

        var afternoon = Afternoon(slot);
        if (previous is not null)
        {
            if (Follows(slot, previous))
            {
                return slot;
            }

            if (Follows(afternoon, previous))
            {
                return afternoon;
            }
        }

        // The first slot of a day: nobody meets at 6:30 in the morning, but many do at 9:00.
        return slot.Start.Hour < 8 ? afternoon : slot;
    }

    private static bool Follows(TimeSlot slot, TimeSlot previous) =>
        slot.Start >= previous.Start && slot.Start.ToTimeSpan() - (previous.End ?? previous.Start).ToTimeSpan() < MaxGap;

    private static TimeSlot Afternoon(TimeSlot slot)
    {
        var start = slot.Start.AddHours(12);
        TimeOnly? end = slot.End is { Hour: < 12 } e ? e.AddHours(12) : slot.End;
        return new TimeSlot(start, end >= start ? end : null);
    }
}
