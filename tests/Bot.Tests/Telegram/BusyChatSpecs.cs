using System.Diagnostics;
using FakeBotApi;

namespace Bot.Tests.Telegram;

/// <summary>Chats that ask more than the bot may answer (groups over Telegram's 20 messages a minute): everyone else
/// is answered as if they were not there (issue 14, finding 3).</summary>
public sealed class BusyChatSpecs
{
    private static readonly global::Telegram.Bot.Types.User Member = FakeChats.User(71, "en");
    private static readonly global::Telegram.Bot.Types.User Alice = FakeChats.User(72, "en");

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
}
