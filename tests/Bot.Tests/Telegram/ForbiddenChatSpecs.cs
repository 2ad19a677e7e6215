using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Storage;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Telegram;

/// <summary>A 403 deactivates a chat only when the bot is gone for good; a chat comes back when Telegram shows the bot may write again.</summary>
public sealed class ForbiddenChatSpecs : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private IChatStore Chats => _bot.Host.Services.GetRequiredService<IChatStore>();

    [Fact]
    public async Task A_403_for_missing_rights_keeps_the_group_subscribed()
    {
        // Arrange
        var group = FakeChats.Supergroup(701);
        await Chats.SubscribeAsync(group.Id, true, null, "en", LeadTime.Defaults, SeriesFilter.All);
        _bot.Server.InjectFault(Fault.Answer(new ApiError(403, "Forbidden: not enough rights to send text messages to the chat")), "sendMessage", group.Id);

        // Act
        var update = _bot.Server.EnqueueMessage(group, FakeChats.User(702), "/help@fake_bot");
        await _bot.WhenHandledAsync(update);

        // Assert
        _bot.Server.Requests.Should().ContainSingle(r => r.ChatId == group.Id && r.StatusCode == 403);
        (await Chats.GetAsync(group.Id))!.Active.Should().BeTrue("the admins may give the rights back");
        (await Chats.ActiveSubscriptionsAsync()).Should().ContainSingle(s => s.ChatId == group.Id);
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains($"to chat {group.Id} forbidden for now"));
    }

    [Fact]
    public async Task A_403_from_a_user_who_blocked_the_bot_deactivates_the_chat()
    {
        // Arrange
        var user = FakeChats.User(703);
        await Chats.SubscribeAsync(user.Id, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        _bot.Server.BlockChat(user.Id);

        // Act
        var update = _bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        await _bot.WhenHandledAsync(update);

        // Assert
        (await Chats.GetAsync(user.Id))!.Active.Should().BeFalse();
    }

    [Fact]
    public async Task A_deactivated_chat_that_writes_again_is_reactivated()
    {
        // Arrange
        var user = FakeChats.User(704);
        await Chats.SubscribeAsync(user.Id, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        await Chats.DeactivateAsync(user.Id, nameof(ChatGoneReason.Forbidden));

        // Act
        var update = _bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        await _bot.WhenHandledAsync(update);

        // Assert
        (await Chats.ActiveSubscriptionsAsync()).Should().ContainSingle(s => s.ChatId == user.Id);
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message == $"Chat {user.Id} reactivated (Wrote); its subscription resumes");
    }

    [Fact]
    public async Task A_group_that_gives_the_bot_its_rights_back_is_reactivated()
    {
        // Arrange
        var group = FakeChats.Supergroup(705);
        await Chats.SubscribeAsync(group.Id, true, null, "en", LeadTime.Defaults, SeriesFilter.All);
        await Chats.DeactivateAsync(group.Id, nameof(ChatGoneReason.Forbidden));

        // Act
        var update = _bot.Server.EnqueueMyChatMember(group, FakeChats.User(706), ChatMemberStatus.Restricted, ChatMemberStatus.Administrator);
        await _bot.WhenHandledAsync(update);

        // Assert
        (await Chats.ActiveSubscriptionsAsync()).Should().ContainSingle(s => s.ChatId == group.Id);
        _bot.Logs.GetSnapshot().Should().Contain(r => r.Message == $"Chat {group.Id} reactivated (MemberAgain); its subscription resumes");
    }

    [Fact]
    public async Task A_message_from_an_active_chat_reactivates_nothing()
    {
        // Arrange
        var user = FakeChats.User(707);
        await Chats.SubscribeAsync(user.Id, false, null, "en", LeadTime.Defaults, SeriesFilter.All);

        // Act
        var update = _bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        await _bot.WhenHandledAsync(update);

        // Assert
        _bot.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains("reactivated"));
    }
}
