using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Reminders;
using Bot.Core.Reminders.Commands;
using Bot.Delivery;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>Subscriptions in every mode: the SQLite store, /subscribe /unsubscribe /reminders /tz, and the chats'
    /// time zones for the conversation. Call after <c>AddConversation</c>.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton<BotDatabase>();
        services.TryAddSingleton<ChatStore>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<AnnouncementLog>();
        services.TryAddSingleton<SqliteSubscriptions>();
        services.TryAddSingleton<ISubscriptions>(sp => sp.GetRequiredService<SqliteSubscriptions>());
        services.Replace(ServiceDescriptor.Singleton<IChatPreferences>(sp => sp.GetRequiredService<SqliteSubscriptions>()));
        services.TryAddSingleton<IChatAdmins, OfflineChatAdmins>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, SubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, UnsubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, RemindersCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, TimeZoneCommand>());
        return services;
    }

    /// <summary>Reminders that reach Telegram: Quartz on the same SQLite file (with the registered <see cref="TimeProvider"/>),
    /// the synchroniser, the content watcher, the outbox dispatcher, and the Telegram edge's ports (chat lifecycle,
    /// subscriber count). Call before <c>AddTelegramBot</c>, whose defaults are TryAdd.</summary>
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        var time = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
        services.AddSubscriptions(configuration);
        services.Replace(ServiceDescriptor.Singleton(time));
        services.Replace(ServiceDescriptor.Singleton<IChatAdmins, TelegramChatAdmins>());
        services.TryAddSingleton<IChatLifecycle, SubscriptionChatLifecycle>();
        services.TryAddSingleton<ISubscriberStatistics, SqliteSubscriberStatistics>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName));
        services.TryAddSingleton<IMessageTransport, SenderMessageTransport>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<AnnouncementFanOut>();
        services.TryAddSingleton<ReminderSynchroniser>();

        var reminders = configuration.GetSection(ReminderOptions.SectionName).Get<ReminderOptions>() ?? new ReminderOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var file = Path.GetFullPath(storage.Path);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = reminders.SchedulerName);
            q.UseTimeProvider(time);
            q.UsePersistentStore(store =>
            {
                store.UseSqlite($"Data Source={file}");
                store.ProvisionSchema();
            });
        });

        // Order matters: the schema and schedule first, then delivery and the watcher, then Quartz starts firing.
        services.AddHostedService<ReminderScheduling>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<ContentWatcher>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
