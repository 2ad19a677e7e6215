using Bot.Core.Reminders;
using Quartz;

namespace Bot.Reminders;

/// <summary>Fires for one (event, lead time): hands over to the fan-out, which writes the outbox.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(AnnouncementFanOut fanOut) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var eventId = data.GetString(ReminderJobKeys.EventIdKey) ?? string.Empty;
        var lead = LeadTime.ParseList(data.GetString(ReminderJobKeys.LeadKey)) is [var parsed] ? parsed : LeadTime.Now;
        // The trigger's start is the time it was planned for (start − lead); a misfire moves only its next fire time.
        await fanOut.ReminderAsync(eventId, lead, context.Trigger.StartTimeUtc, cancellationToken);
    }
}
