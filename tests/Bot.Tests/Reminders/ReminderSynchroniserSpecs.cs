using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Reminders;
using Bot.Tests.Delivery;
using Bot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Reminders;

public sealed class ReminderSynchroniserSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

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

    [Fact]
    public async Task Quartz_holds_exactly_the_plan_as_events_are_added_moved_and_removed()
    {
        // Arrange
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        await using var host = await ReminderHost.StartAsync(db.FilePath, "sync-" + Guid.NewGuid().ToString("N"), time, new ScriptedTransport());
        await host.Chats.SubscribeAsync(1, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
        host.Catalog.Reload([Stream("a", Now.AddDays(3)), Stream("b", Now.AddDays(4))]);
        await host.Synchroniser.SyncAsync();

        // Act
        host.Catalog.Reload([Stream("a", Now.AddDays(5))]);
        await host.Synchroniser.SyncAsync(); // the swap also requested one in the background; either may apply the change
        var scheduled = await ReminderSynchroniser.ScheduledAsync(await host.SchedulerAsync(), CancellationToken.None);

        // Assert
        scheduled.Should().BeEquivalentTo(new Dictionary<string, DateTimeOffset>
        {
            ["reminder:a:1h"] = Now.AddDays(5).AddHours(-1),
            ["reminder:a:0m"] = Now.AddDays(5),
        });
    }

    [Fact]
    public async Task A_reminder_fires_at_the_right_fake_time_and_a_chat_in_Berlin_reads_its_local_time()
    {
        // Arrange
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var transport = new ScriptedTransport();
        await using var host = await ReminderHost.StartAsync(db.FilePath, "fire-" + Guid.NewGuid().ToString("N"), time, transport);
        await host.Chats.SubscribeAsync(5, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
        await host.Chats.SetTimeZoneAsync(5, false, "Europe/Berlin");
        host.Catalog.Reload([Stream("c24", Now.AddHours(3))]);
        await host.Synchroniser.SyncAsync();

        // Act
        time.Advance(TimeSpan.FromMinutes(119));
        var early = await host.Outbox.CountAsync("pending") + await host.Outbox.CountAsync("sent");
        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.Count), n => n > 0);

        // Assert
        early.Should().Be(0);
        transport.Delivered.Should().ContainSingle().Which.Html.Should()
            .Contain("starts in 1 hour").And.Contain("2026-12-01 Tue 04:00 (UTC+01:00)");
    }

    [Fact]
    public async Task A_reminder_scheduled_before_a_restart_fires_after_it_with_honest_wording_when_late()
    {
        // Arrange: scheduled, then the bot is down across the fire time (start − 1h) and back 5 minutes before the start.
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var name = "restart-" + Guid.NewGuid().ToString("N");
        var transport = new ScriptedTransport();
        await using (var first = await ReminderHost.StartAsync(db.FilePath, name, time, new ScriptedTransport()))
        {
            await first.Chats.SubscribeAsync(9, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
            first.Catalog.Reload([Stream("late", Now.AddHours(2))]);
            await first.Synchroniser.SyncAsync();
        }

        time.Advance(TimeSpan.FromMinutes(115));

        // Act: a new process on the same database; Quartz's stored trigger misfired and fires once on start-up.
        await using var second = await ReminderHost.StartAsync(db.FilePath, name, time, transport, [Stream("late", Now.AddHours(2))]);
        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.Count), n => n > 0);

        // Assert
        transport.Delivered.Should().ContainSingle().Which.Html.Should().Contain("starts in 5 minutes");
    }
}
