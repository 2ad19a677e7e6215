using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Reminders;

/// <summary>At start: the digest's cron is (re)declared and the schedule synchronised with the catalog (loaded before any
/// service starts); from then on every catalog swap and every change of subscriptions re-synchronises. Quartz fires
/// nothing before the host has started, so this needs no place in the registration order.</summary>
internal sealed partial class ReminderScheduling(
    ISchedulerFactory schedulers, EventCatalog catalog, Subscriptions subscriptions, ReminderSynchroniser synchroniser,
    ISchedulingLock planning, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderScheduling> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var zone = LocalTime.Zone(options.Value.TimeZone);
        var digest = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(ReminderJobKeys.DigestTrigger)
            .ForJob(ReminderJobKeys.Digest)
            .WithSchedule(CronScheduleBuilder.Create(options.Value.DigestCron).InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        var job = JobBuilder.Create<DigestJob>().WithIdentity(ReminderJobKeys.Digest).Build();
        // Instances starting together would each replace the digest: one at a time, as the reminders are planned.
        await using (await planning.AcquireAsync(cancellationToken))
        {
            await scheduler.ScheduleJob(job, digest, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        LogDigest(options.Value.DigestCron, zone.Id);

        catalog.Changed += OnCatalogChanged;
        subscriptions.Changed += synchroniser.RequestSync;
        await synchroniser.SyncAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        catalog.Changed -= OnCatalogChanged;
        subscriptions.Changed -= synchroniser.RequestSync;

        // Quartz stops after this service: a sync still running finishes against a live scheduler.
        await synchroniser.WhenIdleAsync().WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void OnCatalogChanged(CatalogSnapshot previous, CatalogSnapshot next) =>
        synchroniser.RequestSync(EventMove.Between(previous.Events, next.Events, time.GetUtcNow()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest scheduled by cron {Cron} in {Zone}")]
    private partial void LogDigest(string cron, string zone);
}
