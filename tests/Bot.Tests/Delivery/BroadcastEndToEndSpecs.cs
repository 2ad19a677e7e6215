using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Reminders;
using Bot.Storage;
using Bot.Telegram.Sending;
using FakeBotApi;

namespace Bot.Tests.Delivery;

public sealed class BroadcastEndToEndSpecs
{
    // Scaled so the test takes seconds: 300/s overall; per chat and per group as Telegram has them.
    private static readonly FloodLimits ServerLimits = new(OverallPerSecond: 300, PerChatPerSecond: 1, PerGroupPerMinute: 20);
    private static readonly FloodLimitOptions OurLimits = new()
    {
        OverallPerSecond = 300, PerChatPerSecond = 1, PerGroupPerMinute = 20, SafetyMargin = TimeSpan.FromMilliseconds(100),
    };
    private const long Blocked = 500;
    private const long OldGroup = -3;
    private const long NewSupergroup = -1000000000003;

    private static async Task SubscribeThousandChatsAsync(IChatStore chats, IOutboxStore outbox)
    {
        var ids = Enumerable.Range(1, 990).Select(i => (long)i).Concat(Enumerable.Range(1, 10).Select(i => (long)-i)).ToList();
        foreach (var id in ids)
        {
            await chats.SubscribeAsync(id, id < 0, null, "en", LeadTime.Defaults, SeriesFilter.All);
        }

        await outbox.EnqueueAsync(ids.Select(id => new OutboxMessage("reminder:channel-42:1h", id, $"⏰ <b>SOFAChannel#42</b> starts in 1 hour · {id}", id < 0)));
    }

    private static string Diagnose(LoopbackDelivery d)
    {
        var all = d.Server.Requests.Where(r => r.Method == "sendMessage").OrderBy(r => r.ReceivedAt).ToList();
        var refused = all.Where(r => r.StatusCode == 429).Select(r => $"{r.ChatId}@{r.ReceivedAt:ss.fff}").ToList();
        var ok = all.Where(r => r.Succeeded).Select(r => r.ReceivedAt).ToList();
        var maxWindow = ok.Select((t, i) => ok.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).DefaultIfEmpty().Max();
        return $"429s: {string.Join(", ", refused)}; busiest second: {maxWindow}";
    }

    [Fact]
    public async Task A_thousand_chats_get_exactly_one_message_each_within_the_limits_despite_faults()
    {
        // Arrange
        await using var d = await LoopbackDelivery.StartAsync(OurLimits, ServerLimits);
        await SubscribeThousandChatsAsync(d.Db.Chats, d.Db.Outbox);
        d.Server.BlockChat(Blocked);
        d.Server.MigrateChat(OldGroup, NewSupergroup);
        d.Server.InjectFault(Fault.TooManyRequests(1), "sendMessage", chatId: 42);
        d.Server.InjectFault(Fault.TooManyRequests(2), "sendMessage", chatId: -7);
        d.Server.InjectFault(Fault.ServerError(502), "sendMessage", chatId: 77, times: 2);
        d.Server.InjectFault(Fault.DropConnection(), "sendMessage", chatId: 88);

        // Act
        await d.DrainAsync(TimeSpan.FromSeconds(60));

        // Assert
        var delivered = d.Delivered().GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var expected = Enumerable.Range(1, 990).Select(i => (long)i).Concat(Enumerable.Range(1, 10).Select(i => (long)-i))
            .Where(id => id != Blocked && id != OldGroup).Append(NewSupergroup).ToList();
        delivered.Keys.Should().BeEquivalentTo(expected);
        delivered.Values.Should().AllSatisfy(count => count.Should().Be(1));
        d.Server.FloodViolations.Should().Be(0, Diagnose(d));
        (await d.Db.Chats.GetAsync(Blocked))!.Active.Should().BeFalse();
        (await d.Db.Chats.GetAsync(NewSupergroup))!.Subscribed.Should().BeTrue();
        (await d.Db.Chats.CountSubscribersAsync()).Should().Be(999, "the blocked chat is deactivated; the migrated group counts once, under its new id");
    }

    [Fact]
    public async Task A_broadcast_killed_midway_resumes_after_a_restart_without_skipping_anyone()
    {
        // Arrange
        await using var d = await LoopbackDelivery.StartAsync(OurLimits, ServerLimits);
        await SubscribeThousandChatsAsync(d.Db.Chats, d.Db.Outbox);
        await d.Dispatcher.StartAsync(CancellationToken.None);
        await d.Server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, 400, TimeSpan.FromSeconds(20));

        // Act: killed mid-broadcast, then a new process on the same database.
        var killedAt = TimeProvider.System.GetUtcNow();
        await d.KillAsync();
        var pendingAfterKill = await d.Db.Outbox.CountAsync("pending");
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a real restart takes longer than Telegram's one-second window
        d.Restart();
        await d.DrainAsync(TimeSpan.FromSeconds(60));

        // Assert
        pendingAfterKill.Should().BeGreaterThan(0, "the kill came mid-broadcast");
        var byChat = d.Delivered().GroupBy(r => r.ChatId!.Value).ToList();
        byChat.Should().HaveCount(1000, "no chat is skipped");
        var repeated = byChat.Where(g => g.Count() > 1).ToList();
        // In flight = sent but not yet recorded: sent marks are written every 50 ms, later on a loaded machine.
        repeated.Should().OnlyContain(g => g.Min(r => r.AnsweredAt) >= killedAt.AddSeconds(-1),
            "only a message in flight at the kill may be repeated");
        repeated.Count.Should().BeLessThan(100, "a third of a second of sending at most was in flight");
        d.Server.FloodViolations.Should().Be(0);
    }
    [Fact]
    public async Task A_message_telegram_refuses_is_dropped_once_while_one_refused_for_the_bot_is_kept_and_sent_later()
    {
        // Arrange: the outbox decides by the HTTP status the sender keeps (400: this message; 401: the bot itself).
        await using var d = await LoopbackDelivery.StartAsync(OurLimits, ServerLimits);
        d.Server.InjectFault(Fault.Answer(ApiError.BadRequest("message is too long")), "sendMessage", chatId: 5);
        d.Server.InjectFault(Fault.Answer(ApiError.Unauthorized()), "sendMessage", chatId: 6);
        await d.Db.Outbox.EnqueueAsync([new OutboxMessage("digest:2026-W49", 5, "x"), new OutboxMessage("digest:2026-W49", 6, "y")]);

        // Act
        await d.DrainAsync(TimeSpan.FromSeconds(30));

        // Assert
        d.Server.Requests.Count(r => r.Method == "sendMessage" && r.ChatId == 5).Should().Be(1, "resending what Telegram refused cannot help");
        (await d.Db.Outbox.CountAsync("dropped")).Should().Be(1);
        d.Delivered().Should().ContainSingle().Which.ChatId.Should().Be(6, "a refusal about the bot (401) may pass, so the row stays and is sent");
    }

    [Fact]
    public async Task A_message_telegram_accepted_but_whose_answer_was_lost_is_sent_again_so_it_arrives_twice()
    {
        // Arrange: the first sendMessage to chat 9 is carried out, but the answer never comes back (as with a timeout
        // after Telegram accepted it). The bot cannot tell that from a call that never arrived: it sends at least once.
        await using var d = await LoopbackDelivery.StartAsync(OurLimits, ServerLimits);
        d.Server.InjectFault(Fault.AnswerLost(), "sendMessage", chatId: 9);
        await d.Db.Outbox.EnqueueAsync([new OutboxMessage("reminder:channel-42:1h", 9, "x")]);

        // Act
        await d.DrainAsync(TimeSpan.FromSeconds(30));

        // Assert
        d.Delivered().Where(r => r.ChatId == 9).Should().HaveCount(2, "one copy per lost answer, plus the one answered");
        (await d.Db.Outbox.CountAsync("sent")).Should().Be(1);
    }

    [Fact]
    public async Task A_reminder_queued_during_a_broadcast_to_every_subscriber_goes_out_ahead_of_the_broadcasts_rest()
    {
        // Arrange: "slides are out" for 1,000 chats is on its way (scaled: 100/s, so ten seconds) when a 1-minute reminder
        // is queued for one of those chats and for a chat outside the broadcast. Behind the broadcast, each would have
        // nearly 1,000 posts ahead of it; the bounds below leave room for a loaded machine's late timers.
        var limits = new FloodLimitOptions { OverallPerSecond = 100, PerChatPerSecond = 1, PerGroupPerMinute = 20, SafetyMargin = TimeSpan.FromMilliseconds(100) };
        await using var d = await LoopbackDelivery.StartAsync(limits, new FloodLimits(OverallPerSecond: 100));
        await d.Db.Outbox.EnqueueAsync(Enumerable.Range(1, 1000).Select(i => new OutboxMessage("media:sofa-channel-41", i, $"📑 slides {i}")));
        await d.Dispatcher.StartAsync(CancellationToken.None);
        await d.Server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.Succeeded, 20, TimeSpan.FromSeconds(20));

        // Act
        await d.Db.Outbox.EnqueueAsync([new OutboxMessage("reminder:sofa-channel-42:1m", 250, "⏰ 250"), new OutboxMessage("reminder:sofa-channel-42:1m", 2000, "⏰ 2000")]);
        var queuedAt = d.Server.LastSequence;
        d.Dispatcher.Notify();
        await d.DrainAsync(TimeSpan.FromSeconds(60));

        // Assert: posts delivered between the reminders' queueing and their delivery.
        var delivered = d.Delivered().Where(r => r.Sequence > queuedAt).OrderBy(r => r.Sequence).ToList();
        int BroadcastsAhead(long chatId) => delivered.TakeWhile(r => !(r.ChatId == chatId && r.Text!.StartsWith('⏰'))).Count();
        // At most the rest of the opening burst (the first second's 100 permits) and the time a reminder takes to reach
        // the gate.
        BroadcastsAhead(2000).Should().BeLessThan(200, "a reminder does not wait for the broadcast to finish");
        // The broadcast's chat workers meet the gate in no fixed order, so chat 250's own post may just have gone out;
        // then its reminder also waits out that chat's window (1 s plus the 100 ms margin rounded up to the 100 ms tick,
        // plus one tick = 1.2 s, 120 posts at this rate), and no more.
        BroadcastsAhead(250).Should().BeLessThan(200 + 300, "nor behind the broadcast, beyond its own chat's window");
        d.Delivered().Should().HaveCount(1002);
    }
}
