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
    [Fact]
    public async Task A_postponed_event_gets_its_reminder_at_the_new_time_and_chats_told_the_old_one_hear_it_moved()
    {
        // Arrange: the 1h reminder for the original start has gone out.
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var transport = new ScriptedTransport();
        await using var host = await ReminderHost.StartAsync(db.FilePath, "moved-" + Guid.NewGuid().ToString("N"), time, transport);
        await host.Chats.SubscribeAsync(3, false, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All);
        await host.Chats.SubscribeAsync(4, false, null, "zh-hans", [TimeSpan.FromDays(2)], SeriesFilter.All);
        host.Catalog.Reload([Stream("c30", Now.AddHours(3))]);
        await host.Synchroniser.SyncAsync();
        time.Advance(TimeSpan.FromHours(2));
        var first = (await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.ToArray()), d => d.Length == 1)).Single();

        // Act: the page moves the stream by a day, then the clock reaches an hour before the new start.
        host.Catalog.Reload([Stream("c30", Now.AddDays(1).AddHours(3))]);
        var moved = (await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.ToArray()), d => d.Length == 2)).Except([first]).ToList();
        await host.Synchroniser.SyncAsync();
        time.Advance(TimeSpan.FromDays(1));
        var second = (await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.ToArray()), d => d.Length == 3))
            .Except([first, .. moved]).ToList();

        // Assert: chat 4 (2-day lead) was never reminded of the old start, so it is not told of the move.
        first.Html.Should().Contain("starts in 1 hour").And.Contain("2026-12-01 Tue 11:00 (UTC+08:00)");
        moved.Should().ContainSingle().Which.Should().Be((3L, moved[0].Html));
        moved[0].Html.Should().Contain("has moved to 2026-12-02 Wed 11:00 (UTC+08:00) (was 2026-12-01 Tue 11:00 (UTC+08:00))");
        second.Should().ContainSingle().Which.Html.Should().Contain("starts in 1 hour").And.Contain("2026-12-02 Wed 11:00 (UTC+08:00)");
    }
}
