using Quartz;

namespace Bot.Reminders;

/// <summary>The weekly digest (cron <c>Reminders:DigestCron</c>).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(AnnouncementFanOut fanOut) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await fanOut.DigestAsync(cancellationToken);
}
