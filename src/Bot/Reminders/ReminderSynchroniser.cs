using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bot.Reminders;

/// <summary>Makes Quartz hold exactly the planner's reminders: new events scheduled, moved ones rescheduled, removed
/// ones unscheduled, past ones ignored. Runs on start-up, after every catalog swap and after subscription changes; the
/// requests are coalesced (<see cref="SyncRequests"/>) and a sync's cost follows what changed: one query for the lead
/// times in use, and Quartz's reminder triggers are read once and then kept in memory, so a subscription that brings no
/// new lead time changes nothing in Quartz.</summary>
public sealed partial class ReminderSynchroniser
{
    private readonly ISchedulerFactory _schedulers;
    private readonly EventCatalog _catalog;
    private readonly IChatStore _chats;
    private readonly AnnouncementFanOut _fanOut;
    private readonly TimeProvider _time;
    private readonly ISchedulingLock _planning;
    private readonly ILogger<ReminderSynchroniser> _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly SyncRequests _requests;

    // Key → fire time of the reminder triggers Quartz holds, as of the last sync; null: unknown (not read yet, or a sync
    // failed part-way), read from Quartz again by the next sync. Only this class schedules reminders; a trigger Quartz
    // deleted after firing stays here, hence ScheduleJob with Replace below. With several instances on one database
    // (ISchedulingLock.Shared) the others plan too, so every sync reads Quartz again under the lock.
    private Dictionary<string, DateTimeOffset>? _scheduled;

    public ReminderSynchroniser(
        ISchedulerFactory schedulers, EventCatalog catalog, IChatStore chats, AnnouncementFanOut fanOut, TimeProvider time,
        ISchedulingLock planning, ILogger<ReminderSynchroniser> logger)
    {
        (_schedulers, _catalog, _chats, _fanOut, _time, _planning, _logger) = (schedulers, catalog, chats, fanOut, time, planning, logger);
        _requests = new SyncRequests(RunAsync, LogSyncFailed);
    }

    /// <summary>A whole sync, "slides are out" included (start-up, and tests that need it done now).</summary>
    public Task<ReminderDiff> SyncAsync(CancellationToken ct = default) => SyncAsync(catalogChanged: true, ct);

    /// <summary>The subscriptions changed. Fire-and-forget for event handlers; failures are logged, never thrown.</summary>
    public void RequestSync() => _requests.Request(catalogChanged: false, []);

    /// <summary>The catalog changed: as <see cref="RequestSync()"/>, then tells the chats already reminded of a moved
    /// event's old start.</summary>
    public void RequestSync(IReadOnlyList<EventMove> moves) => _requests.Request(catalogChanged: true, moves);

    /// <summary>Completes once no requested sync runs or waits.</summary>
    public Task WhenIdleAsync() => _requests.WhenIdleAsync();

    private async Task RunAsync(SyncBatch batch)
    {
        await SyncAsync(batch.CatalogChanged, CancellationToken.None);
        foreach (var move in batch.Moves)
        {
            await _fanOut.MovedAsync(move, CancellationToken.None);
        }
    }

    private async Task<ReminderDiff> SyncAsync(bool catalogChanged, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            await using var planning = await _planning.AcquireAsync(ct);
            if (_planning.Shared) _scheduled = null;
            var scheduler = await _schedulers.GetScheduler(ct);
            var events = _catalog.Current.Events;
            var leads = await _chats.LeadTimesInUseAsync(ct);
            var now = _time.GetUtcNow();
            _scheduled ??= await ScheduledAsync(scheduler, ct);
            var diff = ReminderDiff.Compute(_scheduled, ReminderPlanner.Plan(events, leads, now), now);
            if (events.Count == 0 && diff.ToRemove.Count > 0)
            {
                // An empty catalog is a missing or unreadable folder far more often than every event being cancelled.
                LogEmptyCatalog(diff.ToRemove.Count);
                diff = diff with { ToRemove = [] };
            }

            await ApplyAsync(scheduler, diff, _scheduled, ct);
            if (!diff.IsEmpty)
            {
                LogSynced(diff.ToSchedule.Count, diff.ToReschedule.Count, diff.ToRemove.Count);
            }

            // Media links come only with the catalog; a subscription change cannot make slides "out".
            if (catalogChanged)
            {
                await _fanOut.MediaAsync(events, ct);
            }

            return diff;
        }
        catch
        {
            _scheduled = null;
            throw;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static async Task ApplyAsync(IScheduler scheduler, ReminderDiff diff, Dictionary<string, DateTimeOffset> scheduled, CancellationToken ct)
    {
        // Replace rather than RescheduleJob: a moved reminder's old trigger may have fired, and Quartz then deleted it.
        foreach (var reminder in diff.ToSchedule.Concat(diff.ToReschedule))
        {
            await scheduler.ScheduleJob(Job(reminder), Trigger(scheduler, reminder), new ScheduleJobOptions { Replace = true }, ct);
            scheduled[reminder.Key] = reminder.FireAt;
        }

        foreach (var key in diff.ToRemove)
        {
            await scheduler.DeleteJob(ReminderJobKeys.Job(key), ct);
            scheduled.Remove(key);
        }
    }

    public static async Task<Dictionary<string, DateTimeOffset>> ScheduledAsync(IScheduler scheduler, CancellationToken ct)
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
