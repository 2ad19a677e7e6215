using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Reminders;
using Bot.Reminders;
using Bot.Tests.Delivery;
using Bot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Reminders;

/// <summary>The announcements besides reminders, through the real host (Quartz on SQLite, outbox, dispatcher) on a
/// fake clock: "slides and replay are out" and the weekly digest.</summary>
public sealed class AnnouncementSpecs
{
    // Tuesday 2026-12-01 08:00 in Shanghai; the digest's cron (Monday 10:00 Asia/Shanghai) next fires 2026-12-07 02:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static Event Meetup(string id, DateTimeOffset start, string? slides = null, string? replay = null) => new()
    {
        Id = id,
        Title = $"SOFAMeetup {id}",
        Series = "SOFAMeetup",
        Kind = EventKind.Meetup,
        Start = start,
        End = start.AddHours(3),
        TimeZoneId = "Asia/Shanghai",
        Form = EventForm.Online,
        ReplayUrl = replay,
        Slides = slides is null ? [] : [new SlideLink(slides, "Slides")],
        SourceFile = id + ".md",
    };

    [Fact]
    public async Task A_past_event_that_gains_slides_and_a_replay_is_announced_once_to_each_subscriber_in_its_language()
    {
        // Arrange: the first look at the catalog records a baseline and announces nothing
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var transport = new ScriptedTransport();
        await using var host = await ReminderHost.StartAsync(db.FilePath, "media-" + Guid.NewGuid().ToString("N"), time, transport);
        await host.Chats.SubscribeAsync(1, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        await host.Chats.SubscribeAsync(2, false, null, "zh-hans", LeadTime.Defaults, SeriesFilter.All);
        host.Catalog.Reload([Meetup("m14", Now.AddDays(-2))]);
        await host.Synchroniser.SyncAsync();
        var afterBaseline = transport.Delivered.Count;

        // Act: the page gains its slides and replay; then the same catalog is seen again
        host.Catalog.Reload([Meetup("m14", Now.AddDays(-2), "https://example.org/m14.pdf", "https://example.org/m14-replay")]);
        await host.Synchroniser.SyncAsync();
        await Eventually.WaitForAsync(() => Task.FromResult(transport.Delivered.Count), n => n == 2);
        host.Catalog.Reload([Meetup("m14", Now.AddDays(-2), "https://example.org/m14.pdf", "https://example.org/m14-replay")]);
        await host.Synchroniser.SyncAsync();
        var queued = await host.Outbox.CountAsync("pending") + await host.Outbox.CountAsync("sent");

        // Assert
        afterBaseline.Should().Be(0);
        queued.Should().Be(2, "a sync that sees the same catalog queues nothing more");
        transport.Delivered.Should().HaveCount(2, "each subscriber hears about it once");
        transport.Delivered.Single(d => d.ChatId == 1).Html.Should().Contain("Slides and replay of <b>SOFAMeetup m14</b> are out")
            .And.Contain("https://example.org/m14.pdf").And.Contain("https://example.org/m14-replay");
        transport.Delivered.Single(d => d.ChatId == 2).Html.Should().Contain("<b>SOFAMeetup m14</b> 的资料和回放已发布");
    }

    [Fact]
    public async Task The_weekly_digest_fires_on_its_cron_with_the_weeks_events_and_is_skipped_for_an_empty_week()
    {
        // Arrange: one event in the week after the first digest, none in the week after the second
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var transport = new ScriptedTransport();
        var firstDigest = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
        await using var host = await ReminderHost.StartAsync(db.FilePath, "digest-" + Guid.NewGuid().ToString("N"), time, transport,
            [Meetup("m30", firstDigest.AddDays(2))]);
        await host.Chats.SubscribeAsync(3, false, null, "en", [], SeriesFilter.All);
        await host.Synchroniser.SyncAsync();

        // Act
        var scheduler = await host.SchedulerAsync();
        time.Advance(firstDigest - Now - TimeSpan.FromMinutes(1));
        var nextBeforeCron = (await scheduler.GetTrigger(ReminderJobKeys.DigestTrigger))!.NextFireTimeUtc;
        time.Advance(TimeSpan.FromMinutes(2));
        // Fake time moves on a second per poll while waiting: a scheduler that read the clock just before an advance
        // and set its timer just after it would otherwise wait for a fake moment that never comes.
        await Eventually.WaitForAsync(() => Tick(time, transport.Delivered.Count), n => n == 1);
        time.Advance(TimeSpan.FromDays(7));
        var secondKey = AnnouncementKeys.Digest(TimeZoneInfo.ConvertTime(firstDigest.AddDays(7), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var skipped = await Eventually.WaitForAsync(
            () => Tick(time, host.Logs.GetSnapshot().Any(r => r.Message == $"{secondKey}: no events this week, digest skipped")), seen => seen);
        var digestRows = await host.Outbox.CountAsync("pending") + await host.Outbox.CountAsync("sent");

        // Assert
        nextBeforeCron.Should().Be(firstDigest, "a minute before the cron nothing has fired: the digest is still due at 10:00 Monday");
        transport.Delivered.Should().ContainSingle().Which.Html.Should().Contain("This week's events").And.Contain("SOFAMeetup m30");
        skipped.Should().BeTrue("the second Monday's digest ran");
        digestRows.Should().Be(1, "the second week has no event, so its digest is skipped");
    }

    private static Task<T> Tick<T>(FakeTimeProvider time, T value)
    {
        time.Advance(TimeSpan.FromSeconds(1));
        return Task.FromResult(value);
    }
}
