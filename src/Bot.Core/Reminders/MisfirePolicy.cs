using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>Decides at fire time (on time or late after downtime) whether a chat gets a reminder.
/// The text itself is always written against the real "now", so a late one says so honestly.</summary>
public static class MisfirePolicy
{
    public static ReminderVerdict Decide(Event? evt, TimeSpan lead, Subscription chat, DateTimeOffset now)
    {
        if (evt?.Start is not { } start)
        {
            return ReminderVerdict.DropEventGone;
        }

        if (ReminderPlanner.HasEnded(evt, now))
        {
            return ReminderVerdict.DropEnded;
        }

        var shorterAlsoDue = chat.LeadTimes.Append(LeadTime.Now).Any(other => other < lead && start - other <= now);
        return shorterAlsoDue ? ReminderVerdict.DropSuperseded : ReminderVerdict.Send;
    }
}
