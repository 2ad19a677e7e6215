using FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.FakeBotApi;

public sealed class FakeServerFaultSpecs : FakeServerSpecsBase
{
    [Fact]
    public async Task A_429_carries_retry_after_for_the_chat_it_was_injected_for()
    {
        // Arrange
        Server.InjectFault(Fault.TooManyRequests(7), "sendMessage", chatId: 42);

        // Act
        var act = () => Client.SendMessage(42, "hi");
        var other = await Client.SendMessage(43, "hi");

        // Assert
        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(429);
        error.Parameters!.RetryAfter.Should().Be(7);
        other.Chat.Id.Should().Be(43);
        (await Client.SendMessage(42, "again")).Text.Should().Be("again");
    }

    [Fact]
    public async Task Blocked_removed_and_migrated_chats_answer_like_telegram()
    {
        // Arrange
        Server.BlockChat(1);
        Server.RemoveChat(2);
        Server.MigrateChat(-3, -1003);

        // Act
        var blocked = (await ((Func<Task>)(() => Client.SendMessage(1, "x"))).Should().ThrowAsync<ApiRequestException>()).Which;
        var removed = (await ((Func<Task>)(() => Client.SendMessage(2, "x"))).Should().ThrowAsync<ApiRequestException>()).Which;
        var migrated = (await ((Func<Task>)(() => Client.SendMessage(-3, "x"))).Should().ThrowAsync<ApiRequestException>()).Which;

        // Assert
        blocked.ErrorCode.Should().Be(403);
        blocked.Message.Should().Be("Forbidden: bot was blocked by the user");
        removed.Message.Should().Be("Bad Request: chat not found");
        migrated.Parameters!.MigrateToChatId.Should().Be(-1003);
        (await Client.SendMessage(-1003, "x")).Chat.Type.Should().Be(ChatType.Supergroup);
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_reach_the_client_as_failures()
    {
        // Arrange
        Server.InjectFault(Fault.ServerError(502), "getMe");
        Server.InjectFault(Fault.DropConnection(), "getMe");

        // Act
        var bad = (await ((Func<Task>)(() => Client.GetMe())).Should().ThrowAsync<ApiRequestException>()).Which;
        var dropped = (await ((Func<Task>)(() => Client.GetMe())).Should().ThrowAsync<RequestException>()).Which;
        var me = await Client.GetMe();

        // Assert
        bad.ErrorCode.Should().Be(502);
        dropped.Should().NotBeOfType<ApiRequestException>();
        me.Username.Should().Be("fake_bot");
    }

    [Fact]
    public async Task Flood_limits_answer_429_on_every_violation_and_count_them()
    {
        // Arrange
        Server.EnableFloodLimits(new FloodLimits(OverallPerSecond: 100, PerChatPerSecond: 2, PerGroupPerMinute: null));

        // Act
        var outcomes = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            try { await Client.SendMessage(42, $"m{i}"); outcomes.Add(200); }
            catch (ApiRequestException ex) { outcomes.Add(ex.ErrorCode); }
        }

        // Assert
        outcomes.Take(2).Should().AllBeEquivalentTo(200);
        outcomes.Skip(2).Should().AllBeEquivalentTo(429);
        Server.FloodViolations.Should().Be(3);
    }

    [Fact]
    public async Task Group_flood_limits_apply_per_minute_to_negative_chat_ids_only()
    {
        // Arrange
        Server.EnableFloodLimits(new FloodLimits(OverallPerSecond: null, PerChatPerSecond: null, PerGroupPerMinute: 3));

        // Act
        for (var i = 0; i < 3; i++) await Client.SendMessage(-5, $"g{i}");
        for (var i = 0; i < 5; i++) await Client.SendMessage(5, $"p{i}");
        var act = () => Client.SendMessage(-5, "one too many");

        // Assert
        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.Parameters!.RetryAfter.Should().BeInRange(1, 60);
        Server.FloodViolations.Should().Be(1);
    }
}
