using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>Reminders, the weekly digest and "slides are out", from plan to Telegram: the <c>Reminders</c> section,
    /// the scheduling that keeps Quartz in step with the catalog and the subscriptions, the jobs, the fan-out into the
    /// outbox, and the dispatcher that drains it through the Telegram sender. Quartz's store is the storage's; Quartz
    /// starts firing once the host has started (its <c>AwaitApplicationStarted</c> default).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ReminderOptions, ReminderOptionsValidator>().Bind(configuration.GetSection(ReminderOptions.SectionName));
        services.AddSingleton<IMessageTransport, SenderTransport>();
        services.AddSingleton<ReminderSynchroniser>().AddSingleton<AnnouncementFanOut>().AddSingleton<OutboxDispatcher>();

        var reminders = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = reminders.SchedulerName);
            // Stored jobs name their type; registering each one lets Quartz find it without a by-name type lookup,
            // which a Native AOT publish cannot do.
            q.AddJobType<ReminderJob>();
            q.AddJobType<DigestJob>();
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services.AddHostedService<ReminderScheduling>().AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
    }
}
