using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bot.Reminders;

/// <summary>Makes Quartz hold exactly the planner's reminders: new events scheduled, moved ones rescheduled, removed
/// ones unscheduled, past ones ignored. Runs on start-up, after every catalog swap and after subscription changes.</summary>
public sealed partial class ReminderSynchroniser(
    ISchedulerFactory schedulers, EventCatalog catalog, IChatStore chats, AnnouncementFanOut fanOut, TimeProvider time,
    ILogger<ReminderSynchroniser> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<ReminderDiff> SyncAsync(CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var events = catalog.Current.Events;
            var leads = (await chats.ActiveSubscriptionsAsync(ct)).SelectMany(s => s.LeadTimes).Distinct();
            var now = time.GetUtcNow();
            var diff = ReminderDiff.Compute(await ScheduledAsync(scheduler, ct), ReminderPlanner.Plan(events, leads, now), now);
            if (events.Count == 0 && diff.ToRemove.Count > 0)
            {
                // An empty catalog is a missing or unreadable folder far more often than every event being cancelled.
                LogEmptyCatalog(diff.ToRemove.Count);
                diff = diff with { ToRemove = [] };
            }

            foreach (var reminder in diff.ToSchedule)
            {
                await scheduler.ScheduleJob(Job(reminder), Trigger(scheduler, reminder), new ScheduleJobOptions { Replace = true }, ct);
            }

            foreach (var reminder in diff.ToReschedule)
            {
                await scheduler.RescheduleJob(ReminderJobKeys.Trigger(reminder.Key), Trigger(scheduler, reminder), ct);
            }

            foreach (var key in diff.ToRemove)
            {
                await scheduler.DeleteJob(ReminderJobKeys.Job(key), ct);
            }

            if (!diff.IsEmpty)
            {
                LogSynced(diff.ToSchedule.Count, diff.ToReschedule.Count, diff.ToRemove.Count);
            }

            await fanOut.MediaAsync(events, ct);
            return diff;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Fire-and-forget for event handlers; failures are logged, never thrown into the caller.</summary>
    public void RequestSync() => RequestSync([]);

    /// <summary>As <see cref="RequestSync()"/>, then tells the chats already reminded of a moved event's old start.</summary>
    public void RequestSync(IReadOnlyList<EventMove> moves) => _ = Task.Run(async () =>
    {
        try
        {
            await SyncAsync();
            foreach (var move in moves)
            {
                await fanOut.MovedAsync(move, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            LogSyncFailed(ex);
        }
    });

    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> ScheduledAsync(IScheduler scheduler, CancellationToken ct)
    {
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ReminderJobKeys.Group), ct))
        {
            if (await scheduler.GetTrigger(key, ct) is { } trigger)
            {
                result[key.Name] = trigger.StartTimeUtc;
            }
        }

        return result;
    }

    private static IJobDetail Job(PlannedReminder reminder) =>
        JobBuilder.Create<ReminderJob>()
            .WithIdentity(ReminderJobKeys.Job(reminder.Key))
            .UsingJobData(ReminderJobKeys.EventIdKey, reminder.EventId)
            .UsingJobData(ReminderJobKeys.LeadKey, LeadTime.Format(reminder.Lead))
            .Build();

    private static ITrigger Trigger(IScheduler scheduler, PlannedReminder reminder) =>
        TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(ReminderJobKeys.Trigger(reminder.Key))
            .ForJob(ReminderJobKeys.Job(reminder.Key))
            .StartAt(reminder.FireAt)
            // Down at fire time: fire once on start-up; the job words it honestly or drops it (MisfirePolicy).
            .WithSimpleSchedule(x => x.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders synchronised: {Scheduled} scheduled, {Rescheduled} rescheduled, {Removed} removed")]
    private partial void LogSynced(int scheduled, int rescheduled, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalog is empty: keeping {Count} scheduled reminders instead of removing them")]
    private partial void LogEmptyCatalog(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Synchronising reminders with the catalog failed; the previous schedule stays")]
    private partial void LogSyncFailed(Exception exception);
}
