using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Reminders;
using Bot.Storage;
using Bot.Telegram.Sending;
using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Delivery;

public sealed class OutboxDispatcherSpecs
{
    [Fact]
    public async Task Every_pending_row_is_sent_once_in_order_per_chat_and_marked_sent()
    {
        // Arrange
        await using var h = new DeliveryHarness();
        await h.Db.Outbox.EnqueueAsync(Enumerable.Range(1, 60).Select(i => new OutboxMessage($"k{i / 20}", i % 20 + 1, $"m{i}")));

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Delivered.Should().HaveCount(60).And.OnlyHaveUniqueItems();
        (await h.Db.Outbox.CountAsync("sent")).Should().Be(60);
        var chat1 = h.Transport.Calls.Where(c => c.ChatId == 1).Select(c => c.Html).ToList();
        chat1.Should().Equal("m20", "m40", "m60");
    }

    [Fact]
    public async Task More_rows_than_the_dispatcher_holds_in_memory_are_each_sent_once()
    {
        // Arrange: 2,500 chats, more than twice what the dispatcher keeps in memory at a time.
        await using var h = new DeliveryHarness(new FloodLimitOptions { OverallPerSecond = 20_000, PerChatPerSecond = 50, PerGroupPerMinute = 1000, StartupHold = TimeSpan.Zero });
        await h.Db.Outbox.EnqueueAsync(Enumerable.Range(1, 2_500).Select(i => new OutboxMessage("broadcast", i, $"m{i}")));

        // Act
        await h.DrainAsync(TimeSpan.FromSeconds(60));

        // Assert
        h.Transport.Delivered.Should().HaveCount(2_500).And.OnlyHaveUniqueItems();
        (await h.Db.Outbox.CountAsync("sent")).Should().Be(2_500);
    }

    [Fact]
    public async Task A_blocked_chat_is_deactivated_and_its_remaining_rows_dropped_while_others_are_served()
    {
        // Arrange
        await using var h = new DeliveryHarness();
        await h.Db.Chats.SubscribeAsync(1, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        await h.Db.Chats.SubscribeAsync(2, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        h.Transport.Script(1, new SendResult(SendStatus.ChatGone, 1, [], 403, "Forbidden: bot was blocked by the user"));
        await h.Db.Outbox.EnqueueAsync([new("a", 1, "x"), new("b", 1, "y"), new("a", 2, "x")]);

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Delivered.Should().BeEquivalentTo([(2L, "x")]);
        (await h.Db.Chats.GetAsync(1))!.Active.Should().BeFalse();
        (await h.Db.Outbox.CountAsync("dropped")).Should().Be(2);
    }

    [Fact]
    public async Task A_migrated_group_is_reached_under_its_new_id_and_keeps_its_subscription()
    {
        // Arrange: the sender delivered the first message to the supergroup after Telegram said the group migrated.
        await using var h = new DeliveryHarness();
        await h.Db.Chats.SubscribeAsync(-10, true, null, "en", LeadTime.Defaults, SeriesFilter.All);
        h.Transport.Script(-10, SendResult.Sent(-100010));
        await h.Db.Outbox.EnqueueAsync([new("a", -10, "x", IsGroup: true), new("b", -10, "y", IsGroup: true)]);

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Calls.Select(c => (c.ChatId, c.Html)).Should().Equal((-10L, "x"), (-100010L, "y"));
        (await h.Db.Outbox.CountAsync("sent")).Should().Be(2);
        (await h.Db.Chats.ActiveSubscriptionsAsync()).Select(s => s.ChatId).Should().Equal(-100010);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off_and_nothing_is_lost()
    {
        // Arrange
        await using var h = new DeliveryHarness();
        h.Transport.Script(3, new SendResult(SendStatus.Failed, 3, [], 502, "Bad Gateway"), new SendResult(SendStatus.Failed, 3, [], Error: "timeout"));
        await h.Db.Outbox.EnqueueAsync([new("a", 3, "x")]);

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Calls.Count(c => c.ChatId == 3).Should().Be(3);
        h.Transport.Delivered.Should().ContainSingle();
    }

    [Fact]
    public async Task A_row_that_keeps_failing_is_dropped_after_the_configured_attempts_with_one_error_line_and_the_others_are_still_sent()
    {
        // Arrange: a revoked token (401) answers chat 3 more often than the three attempts allowed; one failure was in an
        // earlier run (attempts count across restarts).
        await using var h = new DeliveryHarness(reminders: new ReminderOptions { OutboxMaxAttempts = 3 });
        await h.Db.Outbox.EnqueueAsync([new("reminder:m14:1h", 3, "x"), new("reminder:m14:1h", 4, "y")]);
        var row = (await h.Db.Outbox.PendingAsync(10)).Single(e => e.ChatId == 3);
        await h.Db.Outbox.RecordFailureAsync(row.Id, "Unauthorized");
        h.Transport.Script(3, [.. Enumerable.Repeat(new SendResult(SendStatus.Failed, 3, [], 401, "Unauthorized"), 5)]);

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Calls.Count(c => c.ChatId == 3).Should().Be(2, "one attempt was made before the restart");
        h.Transport.Delivered.Should().ContainSingle().Which.ChatId.Should().Be(4);
        (await h.Db.Outbox.CountAsync("dropped")).Should().Be(1);
        h.Logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Error).Should().ContainSingle().Which.Message.Should()
            .Contain("reminder:m14:1h").And.Contain("chat 3").And.Contain("after 3 failed attempts").And.Contain("last error: Unauthorized");
    }

    [Fact]
    public async Task A_row_older_than_the_maximum_age_is_dropped_unsent_with_one_error_line()
    {
        // Arrange: the dispatcher comes back a day and an hour after the rows were queued (an outage), default bounds.
        await using var h = new DeliveryHarness(later: TimeSpan.FromHours(25));
        await h.Db.Outbox.EnqueueAsync([new("reminder:m14:1h", 3, "x")]);

        // Act
        await h.DrainAsync();

        // Assert
        h.Transport.Calls.Should().BeEmpty("a reminder a day late is worthless");
        (await h.Db.Outbox.CountAsync("dropped")).Should().Be(1);
        h.Logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Error).Should().ContainSingle().Which.Message.Should()
            .Contain("reminder:m14:1h").And.Contain("chat 3").And.Contain("after 0 failed attempts, 1.01:00");
    }

    [Fact]
    public async Task A_row_failing_until_it_is_older_than_the_maximum_age_is_dropped_before_its_attempts_run_out()
    {
        // Arrange: queued five seconds short of the age limit; every attempt fails (a 502) until well after that, and
        // the attempts are far from their limit.
        await using var h = new DeliveryHarness(reminders: new ReminderOptions { OutboxMaxAttempts = 100, OutboxMaxAge = TimeSpan.FromHours(1) },
            later: TimeSpan.FromHours(1) - TimeSpan.FromSeconds(5));
        await h.Db.Outbox.EnqueueAsync([new("digest:2026-W49", 3, "x")]);
        h.Transport.Script(3, [.. Enumerable.Repeat(new SendResult(SendStatus.Failed, 3, [], 502, "Bad Gateway"), 5)]);

        // Act: the back-off (1, 2, 4, 8 s) would reach the sixth attempt, which succeeds, after 15 s.
        await h.DrainAsync(TimeSpan.FromSeconds(40));

        // Assert
        h.Transport.Calls.Should().NotBeEmpty();
        h.Transport.Delivered.Should().BeEmpty();
        (await h.Db.Outbox.CountAsync("dropped")).Should().Be(1);
        h.Logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Error).Should().ContainSingle().Which.Message.Should()
            .Contain("digest:2026-W49").And.Contain("last error: Bad Gateway");
    }

    [Fact]
    public async Task A_429_pauses_only_the_chat_it_concerns()
    {
        // Arrange
        await using var h = new DeliveryHarness();
        h.Transport.Script(4, new SendResult(SendStatus.RateLimited, 4, [], 429, "Too Many Requests", TimeSpan.FromSeconds(1)));
        await h.Db.Outbox.EnqueueAsync(new OutboxMessage[] { new("a", 4, "x") }.Concat(Enumerable.Range(10, 20).Select(i => new OutboxMessage("a", i, "x"))));

        // Act
        await h.DrainAsync();

        // Assert
        var calls = h.Transport.Calls.ToList();
        var retry = calls.Last(c => c.ChatId == 4).At;
        calls.Where(c => c.ChatId != 4).Should().OnlyContain(c => c.At < retry, "the other chats did not wait for chat 4's retry_after");
        TimeProvider.System.GetElapsedTime(calls.First(c => c.ChatId == 4).At, retry).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        h.Transport.Delivered.Should().HaveCount(21);
    }

    [Fact]
    public async Task No_more_messages_than_the_in_flight_limit_are_ever_between_their_turn_and_their_record()
    {
        // Arrange: 40 chats ready at once, a generous rate, and 3 slots.
        using var db = new TempDatabase();
        var transport = new OverlapCountingTransport();
        var limits = Options.Create(new FloodLimitOptions { OverallPerSecond = 1000, PerChatPerSecond = 50, MaxInFlight = 3 });
        using var dispatcher = new OutboxDispatcher(db.Outbox, transport, limits, Options.Create(new ReminderOptions()),
            new SoleInstanceLeadership(), new RunningClock(db.Time.GetUtcNow()), NullLogger<OutboxDispatcher>.Instance);
        await db.Outbox.EnqueueAsync(Enumerable.Range(1, 40).Select(i => new OutboxMessage("k", i, $"m{i}")));

        // Act
        await dispatcher.StartAsync(CancellationToken.None);
        await Eventually.WaitForAsync(() => db.Outbox.CountAsync("pending"), n => n == 0, TimeSpan.FromSeconds(30));
        await dispatcher.StopAsync(CancellationToken.None);

        // Assert
        transport.Delivered.Should().HaveCount(40).And.OnlyHaveUniqueItems();
        transport.MostAtOnce.Should().BeInRange(1, 3);
    }
}
