using System.Diagnostics;
using Bot.Core.Conversation;
using Bot.Tests.Reminders;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>Chats that ask more than the bot may answer: groups over Telegram's 20 messages a minute, a chat that
/// floods the bot. Everyone else is answered as if they were not there (issue 14, finding 3).</summary>
public sealed class BusyChatSpecs
{
    private static readonly global::Telegram.Bot.Types.User Member = FakeChats.User(71, "en");
    private static readonly global::Telegram.Bot.Types.User Alice = FakeChats.User(72, "en");
    private static readonly global::Telegram.Bot.Types.User Bob = FakeChats.User(73, "en");

    [Fact]
    public async Task A_private_command_behind_two_groups_over_their_flood_limit_is_answered_within_two_seconds()
    {
        // Arrange: Telegram's overall and per-group limits on both sides, two workers. One message a second per chat
        // would take the groups 20 s to reach their minute's 20; 10 a second gets them there in 2 s.
        var limits = new FloodLimits(OverallPerSecond: 30, PerChatPerSecond: 10, PerGroupPerMinute: 20);
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1), FloodLimits = limits });
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:MaxConcurrentUpdates"] = "2",
            ["Telegram:Limits:OverallPerSecond"] = "30",
            ["Telegram:Limits:PerChatPerSecond"] = "10",
            ["Telegram:Limits:PerGroupPerMinute"] = "20",
            ["Telegram:Limits:StartupHold"] = "00:00:00",
        }, server: server);
        var groups = new[] { FakeChats.Group(601), FakeChats.Supergroup(602) };
        for (var i = 0; i < 30; i++)
        {
            foreach (var group in groups) server.EnqueueMessage(group, Member, i % 2 == 0 ? "/help" : "/next");
        }
        foreach (var group in groups)
        {
            await server.WaitForRequestsAsync(r => r.Succeeded && r.Method == "sendMessage" && r.ChatId == group.Id, 20, TimeSpan.FromSeconds(60));
        }

        // Act: each group's 21st reply now waits most of a minute for its turn
        var mark = server.LastSequence;
        var asked = Stopwatch.StartNew();
        server.EnqueueMessage(FakeChats.Private(Alice), Alice, "/next");
        var reply = await server.WaitForRequestAsync(r => r.Sequence > mark && r.Succeeded && r.Method == "sendMessage" && r.ChatId == Alice.Id, TimeSpan.FromSeconds(90));
        var answeredAfter = asked.Elapsed;

        // Assert
        answeredAfter.Should().BeLessThan(TimeSpan.FromSeconds(2), "the groups' waits for their turns hold no worker");
        reply.Text.Should().NotStartWith("Sorry");
        foreach (var group in groups) server.SentTo(group.Id).Should().HaveCount(20, "the gate still holds each group to 20 a minute");
        server.FloodViolations.Should().Be(0);
        bot.FailedUpdates().Should().BeEmpty();
    }

    [Fact]
    public async Task A_chat_that_floods_the_bot_has_its_excess_dropped_and_logged_once_while_other_chats_are_answered()
    {
        // Arrange: Alice's first question is stuck until released, so her later ones queue up behind it
        var stuck = new TaskCompletionSource();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Telegram:MaxQueuedUpdatesPerChat"] = "5" },
            services: s => s.AddSingleton<IConversation>(sp => new StuckConversation(ActivatorUtilities.CreateInstance<CatalogConversation>(sp), stuck.Task)));
        var aliceChat = FakeChats.Private(Alice);
        bot.Server.EnqueueMessage(aliceChat, Alice, "/search stuck");
        var flood = Enumerable.Range(0, 20).Select(_ => bot.Server.EnqueueMessage(aliceChat, Alice, "/help")).ToList();
        await bot.Server.WaitForRequestAsync(r => r.Method == "getUpdates" && r.Parameters["offset"] is { } o && o.GetValue<int>() > flood[^1].Id);

        // Act
        var bobsReply = await bot.AskAsync(FakeChats.Private(Bob), Bob, "/help");
        var aliceBeforeRelease = bot.Server.SentTo(Alice.Id).Count;
        stuck.SetResult();
        var dropped = await Eventually.WaitForAsync(
            () => Task.FromResult(bot.Logs.GetSnapshot().Where(r => r.Message.StartsWith($"Chat {Alice.Id} had 5 updates waiting")).ToList()),
            lines => lines.Count > 0);
        var afterTheBurst = await bot.AskAsync(aliceChat, Alice, "/next");

        // Assert: the stuck question and the four behind it answered in order; the sixteen after them dropped, in one line
        bobsReply.Succeeded.Should().BeTrue();
        aliceBeforeRelease.Should().Be(0);
        var aliceReplies = bot.Server.SentTo(Alice.Id);
        aliceReplies.Should().HaveCount(6);
        aliceReplies[0].Text.Should().NotStartWith("Sorry").And.NotBe(aliceReplies[1].Text, "the search is answered first");
        aliceReplies.Skip(1).Take(4).Select(r => r.Text).Should().AllBe(aliceReplies[1].Text);
        aliceReplies[5].Sequence.Should().Be(afterTheBurst.Sequence);
        var line = dropped.Should().ContainSingle().Subject;
        line.Level.Should().Be(LogLevel.Warning);
        line.Message.Should().Be($"Chat {Alice.Id} had 5 updates waiting (Telegram:MaxQueuedUpdatesPerChat): dropped 16 newer ones, updates {flood[4].Id}–{flood[^1].Id} (16 Message)");
        bot.FailedUpdates().Should().BeEmpty();
    }
}
