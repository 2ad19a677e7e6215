using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Reminders.Commands;
using Bot.Core.Replies;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Reminders;

public sealed class SubscriptionCommandsSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static async Task<string> RunAsync(IBotCommand command, string arguments, ChatKind kind = ChatKind.Private, string language = "en")
    {
        var message = new IncomingMessage(new ChatRef(kind == ChatKind.Private ? 5 : -5, kind), new Sender(5, language), "/" + command.Name + " " + arguments);
        var view = new ReplyContext(CatalogSnapshot.Create([SampleEvents.Channel("c", Now.AddDays(2))]), Strings.For(language), TimeZoneInfo.Utc, Now);
        var replies = await command.ExecuteAsync(new CommandContext(message, arguments, view, [command]), CancellationToken.None);
        return replies.Single().Html;
    }

    [Fact]
    public async Task Garbage_lead_times_get_the_usage_line_and_change_nothing()
    {
        // Arrange
        var store = new MemorySubscriptions();

        // Act
        var reply = await RunAsync(new SubscribeCommand(store, store), "tomorrow <b>");

        // Assert
        reply.Should().Contain("Usage: /subscribe").And.Contain("“tomorrow”");
        store.Chats.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1d١h")]
    [InlineData("٢h")]
    [InlineData("1d１h")]
    public async Task Lead_times_with_digits_other_than_ascii_get_the_usage_line_and_change_nothing(string lead)
    {
        // Arrange
        var store = new MemorySubscriptions();

        // Act
        var reply = await RunAsync(new SubscribeCommand(store, store), lead);

        // Assert
        reply.Should().Contain("Usage: /subscribe").And.Contain($"“{lead}”");
        store.Chats.Should().BeEmpty();
    }

    [Fact]
    public async Task A_group_member_who_is_not_an_administrator_cannot_subscribe_the_group()
    {
        // Arrange
        var store = new MemorySubscriptions { IsAdmin = false };

        // Act
        var reply = await RunAsync(new SubscribeCommand(store, store), "1h", ChatKind.Group);

        // Assert
        reply.Should().Contain("administrators");
        store.Chats.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_zone_is_refused_with_an_example()
    {
        // Arrange
        var store = new MemorySubscriptions();

        // Act
        var reply = await RunAsync(new TimeZoneCommand(store, store), "Mars/Olympus", language: "zh-hans");

        // Assert
        reply.Should().Contain("不认识时区“Mars/Olympus”").And.Contain("/tz Asia/Shanghai");
    }

    [Fact]
    public async Task Reminders_lists_the_next_reminders_of_a_subscribed_chat_and_says_so_when_not_subscribed()
    {
        // Arrange
        var store = new MemorySubscriptions();
        var before = await RunAsync(new RemindersCommand(store), "");
        await RunAsync(new SubscribeCommand(store, store), "1d");

        // Act
        var after = await RunAsync(new RemindersCommand(store), "");

        // Assert
        before.Should().Contain("not subscribed");
        after.Should().Contain("Reminders 1 day before each event").And.Contain("(−1 day)").And.Contain("(at start)");
    }

    [Fact]
    public async Task In_chinese_lead_times_are_written_in_chinese_units()
    {
        // Arrange
        var store = new MemorySubscriptions();

        // Act
        var subscribed = await RunAsync(new SubscribeCommand(store, store), "1d 1h 1h30m", language: "zh");
        var listing = await RunAsync(new RemindersCommand(store), "", language: "zh");

        // Assert
        subscribed.Should().Contain("开始前 1 天、1 小时 30 分钟、1 小时 提醒").And.NotContain("1d");
        listing.Should().Contain("每场活动前 1 天、1 小时 30 分钟、1 小时 提醒").And.Contain("(−1 天)").And.NotContain("1h");
    }
}
