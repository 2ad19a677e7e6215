using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Reminders;
using Bot.Core.Reminders.Commands;
using Bot.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>Subscriptions in every mode: /subscribe /unsubscribe /reminders /tz over the stored subscriptions
    /// (<c>AddSqliteStorage</c>).</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, SubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, UnsubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, RemindersCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, TimeZoneCommand>());
        return services;
    }

    /// <summary>Reminders that reach Telegram: Quartz on the storage's store (with the registered <see cref="TimeProvider"/>),
    /// the synchroniser and the outbox dispatcher. Expects storage, subscriptions and the Telegram sender.</summary>
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName));
        services.TryAddSingleton<IMessageTransport, SenderMessageTransport>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<AnnouncementFanOut>();
        services.TryAddSingleton<ReminderSynchroniser>();

        var reminders = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        services.AddQuartz(q => q.ConfigureScheduler(o => o.InstanceName = reminders.SchedulerName));

        // Order matters: the schedule first, then delivery, then Quartz starts firing.
        services.AddHostedService<ReminderScheduling>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
