using Bot.Content;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Reminders;
using Bot.Storage;
using Bot.Hosting;
using Bot.Storage.Sqlite;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Bot.Tests.Reminders;

/// <summary>The real reminder composition (AddContent, AddConfiguredStorage, AddReminders: Quartz's ADO store on a real
/// SQLite file or PostgreSQL database, the synchroniser, the outbox) on a fake clock; only Telegram is replaced, by the given transport.</summary>
internal sealed class ReminderHost : IAsyncDisposable
{
    private ReminderHost(IHost host) => Host = host;

    public IHost Host { get; }
    public EventCatalog Catalog => Host.Services.GetRequiredService<EventCatalog>();
    public IChatStore Chats => Host.Services.GetRequiredService<IChatStore>();
    public IOutboxStore Outbox => Host.Services.GetRequiredService<IOutboxStore>();
    public ReminderSynchroniser Synchroniser => Host.Services.GetRequiredService<ReminderSynchroniser>();
    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    /// <param name="events">The catalog as the content load would give it, in place before anything starts.</param>
    /// <param name="settings">More configuration, e.g. the <c>Storage</c> section of another provider.</param>
    public static async Task<ReminderHost> StartAsync(
        string databasePath, string schedulerName, TimeProvider time, IMessageTransport transport, IEnumerable<Event>? events = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = databasePath,
            ["Content:Path"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "no-content"),
            ["Reminders:SchedulerName"] = schedulerName,
            ["Content:Watch"] = "false",
            ["Telegram:Limits:OverallPerSecond"] = "1000",
            ["Telegram:Limits:PerChatPerSecond"] = "100",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddContent(builder.Configuration);
        builder.Services.AddConfiguredStorage(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.Configure<FloodLimitOptions>(builder.Configuration.GetSection(FloodLimitOptions.SectionName));
        builder.Services.Replace(ServiceDescriptor.Singleton(transport));

        // The test is the content: no folder load at start (it would swap in an empty catalog).
        foreach (var load in builder.Services.Where(d => d.ImplementationType?.Name == "InitialContentLoad").ToList())
        {
            builder.Services.Remove(load);
        }

        var host = builder.Build();
        host.Services.GetRequiredService<EventCatalog>().Reload(events ?? []);
        await host.Services.GetRequiredService<IStoragePreparation>().PrepareAsync(CancellationToken.None);
        await host.StartAsync();
        return new ReminderHost(host);
    }

    public async Task<IScheduler> SchedulerAsync() => await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(cts.Token);
        Host.Dispose();
    }
}
