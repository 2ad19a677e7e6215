using FakeBotApi;

namespace Bot.Tests.Telegram;

public sealed class SenderSpecs : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_429_for_one_chat_delays_only_that_chat()
    {
        // Arrange: the slow chat is refused first, so its retry_after is running when the fast chat asks.
        var slow = FakeChats.User(61);
        var fast = FakeChats.User(62);
        var retryAfter = TimeSpan.FromSeconds(3);
        _bot.Server.InjectFault(Fault.TooManyRequests((int)retryAfter.TotalSeconds), "sendMessage", chatId: slow.Id);
        var mark = _bot.Server.LastSequence;
        _bot.Server.EnqueueMessage(FakeChats.Private(slow), slow, "/help");
        var refused = await _bot.Server.WaitForRequestAsync(r => r.Sequence > mark && r.Method == "sendMessage" && r.ChatId == slow.Id && r.StatusCode == 429);

        // Act
        _bot.Server.EnqueueMessage(FakeChats.Private(fast), fast, "/help");
        var fastReply = await _bot.Server.WaitForCallAsync("sendMessage", fast.Id, mark);
        var slowReply = await _bot.Server.WaitForCallAsync("sendMessage", slow.Id, mark);

        // Assert
        fastReply.Sequence.Should().BeLessThan(slowReply.Sequence, "the fast chat did not wait for the slow chat's retry_after");
        (slowReply.ReceivedAt - refused.AnsweredAt).Should().BeGreaterThanOrEqualTo(retryAfter - TimeSpan.FromMilliseconds(50), "the slow chat waited its retry_after");
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_reported_through_the_lifecycle_port()
    {
        // Arrange
        var user = FakeChats.User(63);
        _bot.Server.BlockChat(user.Id);

        // Act
        var update = _bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        await _bot.WhenHandledAsync(update);

        // Assert
        _bot.Server.Requests.Should().ContainSingle(r => r.ChatId == user.Id && r.StatusCode == 403);
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message == $"Bot can no longer write to chat {user.Id}: Forbidden");
    }

    [Fact]
    public async Task A_group_that_became_a_supergroup_gets_its_answer_in_the_supergroup()
    {
        // Arrange
        var group = FakeChats.Group(64);
        var supergroup = FakeChats.Supergroup(64);
        var member = FakeChats.User(65);
        var mark = _bot.Server.LastSequence;
        var update = _bot.Server.EnqueueMessage(group, member, "/help@fake_bot");
        _bot.Server.MigrateChat(group.Id, supergroup.Id);

        // Act
        var reply = await _bot.Server.WaitForCallAsync("sendMessage", supergroup.Id, mark);

        // Assert
        reply.ReplyToMessageId.Should().BeNull("the question stayed in the old group");
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message == $"Group {group.Id} became supergroup {supergroup.Id}");
        await _bot.WhenHandledAsync(update);
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_is_reported_through_the_lifecycle_port()
    {
        // Arrange
        var group = FakeChats.Group(66);
        var supergroup = FakeChats.Supergroup(66);

        // Act
        var (_, inSupergroup) = _bot.Server.EnqueueMigration(group, supergroup, FakeChats.User(67));
        await _bot.WhenHandledAsync(inSupergroup);

        // Assert
        _bot.Logs.GetSnapshot().Should().ContainSingle(r => r.Message == $"Group {group.Id} became supergroup {supergroup.Id}");
        _bot.Server.Requests.Should().NotContain(r => r.Method == "sendMessage");
    }
}
