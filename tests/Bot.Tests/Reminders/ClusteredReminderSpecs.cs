using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Core.Events;
using Bot.Reminders;
using Bot.Storage;
using Bot.Storage.Postgres;
using Bot.Tests.Delivery;
using Bot.Tests.Storage;
using Dapper;
using Npgsql;
using Quartz;

namespace Bot.Tests.Reminders;

/// <summary>Two bot instances on one PostgreSQL database: Quartz runs clustered and planning takes turns.</summary>
public sealed class ClusteredReminderSpecs
{
    private static Event Stream(string id, DateTimeOffset start) => new()
    {
        Id = id,
        Title = $"SOFAChannel {id}",
        Series = "SOFAChannel",
        Kind = EventKind.LiveStream,
        Start = start,
        TimeZoneId = "Asia/Shanghai",
        Form = EventForm.Online,
        LiveUrl = "https://live.example.org/" + id,
        SourceFile = id + ".md",
    };

    [PostgresFact]
    public async Task A_reminder_fires_on_exactly_one_of_two_instances_and_the_chat_gets_one_message()
    {
        // Arrange: two instances of one bot (same scheduler name, same database) start together and both plan the
        // catalog; the reminder is due a few seconds later (real time: the cluster's check-ins run on it too).
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Chats.SubscribeAsync(5, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
        var time = TimeProvider.System;
        var stream = Stream("c30", time.GetUtcNow().AddHours(1).AddSeconds(6));
        var name = "cluster-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = backend.ConnectionString };
        var transports = new[] { new ScriptedTransport(), new ScriptedTransport() };
        var folder = Path.Combine(Path.GetTempPath(), "bot-cluster-" + Guid.NewGuid().ToString("N"), "unused.db");
        var hosts = await Task.WhenAll(transports.Select(t => ReminderHost.StartAsync(folder, name, time, t, [stream], settings)));
        try
        {
            var scheduler = await hosts[0].SchedulerAsync();
            var trigger = ReminderJobKeys.Trigger("reminder:c30:1h");
            var scheduledBeforeFire = await scheduler.GetTrigger(trigger) is not null;

            // Act: wait until the one-shot has fired and Quartz has deleted it (nothing can fire it again after that).
            await Eventually.WaitForAsync(() => Task.FromResult(transports.Sum(t => t.Delivered.Count)), n => n > 0, TimeSpan.FromSeconds(40));
            var done = await Eventually.WaitForAsync(async () => await scheduler.GetTrigger(trigger) is null && await FiredTriggersAsync(backend) == 0, gone => gone);

            // Assert
            var metadata = await Task.WhenAll(hosts.Select(async h => await (await h.SchedulerAsync()).GetMetadata()));
            metadata.Should().OnlyContain(m => m.JobStoreClustered, "a dead instance's triggers are taken over only in a cluster");
            metadata.Select(m => m.SchedulerInstanceId).Should().OnlyHaveUniqueItems();
            scheduledBeforeFire.Should().BeTrue();
            done.Should().BeTrue();
            var key = AnnouncementKeys.Reminder("c30", stream.Start!.Value, TimeSpan.FromHours(1));
            var fires = hosts.Select(h => h.Logs.GetSnapshot().Count(r => r.Message.StartsWith(key + ":", StringComparison.Ordinal) && r.Message.Contains("messages queued"))).ToList();
            fires.Sum().Should().Be(1, "the reminder fires on one instance only");
            transports.SelectMany(t => t.Delivered).Should().ContainSingle().Which.ChatId.Should().Be(5);
            (await Eventually.WaitForAsync(() => backend.Outbox.CountAsync("sent"), n => n == 1)).Should().Be(1, "marked sent once Telegram took it");
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task An_instance_plans_from_what_Quartz_holds_now_not_from_what_it_scheduled_itself()
    {
        // Arrange: both instances plan event e; then the second's catalog loses e (and gains f), and it unschedules e.
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Chats.SubscribeAsync(5, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
        var time = TimeProvider.System;
        var (e, f) = (Stream("e", time.GetUtcNow().AddDays(3)), Stream("f", time.GetUtcNow().AddDays(4)));
        var name = "cluster-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = backend.ConnectionString };
        var folder = Path.Combine(Path.GetTempPath(), "bot-cluster-" + Guid.NewGuid().ToString("N"), "unused.db");
        await using var first = await ReminderHost.StartAsync(folder, name, time, new ScriptedTransport(), [e], settings);
        await using var second = await ReminderHost.StartAsync(folder, name, time, new ScriptedTransport(), [e], settings);
        second.Catalog.Reload([f]);
        await second.Synchroniser.SyncAsync();
        await second.Synchroniser.WhenIdleAsync();
        var afterSecond = await ReminderSynchroniser.ScheduledAsync(await second.SchedulerAsync(), CancellationToken.None);

        // Act: the first instance's catalog now has both; e was unscheduled by the other instance since it last looked.
        first.Catalog.Reload([e, f]);
        await first.Synchroniser.SyncAsync();
        await first.Synchroniser.WhenIdleAsync();

        // Assert
        var scheduled = await ReminderSynchroniser.ScheduledAsync(await first.SchedulerAsync(), CancellationToken.None);
        afterSecond.Keys.Should().BeEquivalentTo(["reminder:f:1h", "reminder:f:0m"]);
        scheduled.Keys.Should().BeEquivalentTo(["reminder:e:1h", "reminder:e:0m", "reminder:f:1h", "reminder:f:0m"]);
    }

    [PostgresFact]
    public async Task While_one_instance_plans_another_waits_for_the_planning_lock()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var first = new PostgresSchedulingLock(backend.OpenDatabase());
        var second = new PostgresSchedulingLock(backend.OpenDatabase());
        var held = await first.AcquireAsync(CancellationToken.None);

        // Act
        var waiting = second.AcquireAsync(CancellationToken.None);
        var queued = await Eventually.WaitForAsync(() => WaitingForAdvisoryLockAsync(backend), n => n == 1);
        var completedWhileHeld = waiting.IsCompleted;
        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(15));

        // Assert
        queued.Should().Be(1);
        completedWhileHeld.Should().BeFalse();
        first.Shared.Should().BeTrue("other instances plan too, so what Quartz holds is read again under the lock");
    }

    private static async Task<long> FiredTriggersAsync(PostgresBackend backend)
    {
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qrtz_fired_triggers");
    }

    private static async Task<long> WaitingForAdvisoryLockAsync(PostgresBackend backend)
    {
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    }
}
