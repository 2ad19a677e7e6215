using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Delivery;
using Bot.Tests.Storage;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Reminders;

public sealed class SubscriptionEndToEndSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(2);

    private static Event Stream => new()
    {
        Id = "channel-42",
        Title = "SOFAChannel#42 <Layotto> & friends",
        Series = "SOFAChannel",
        Number = 42,
        Kind = EventKind.LiveStream,
        Start = Start,
        TimeZoneId = "Asia/Shanghai",
        Form = EventForm.Online,
        LiveUrl = "https://live.example.org/42",
        SourceFile = "channel-42.md",
    };

    private static async Task<(FakeTelegramServer Server, ReminderHost Host)> StartAsync(TempDatabase db, FakeTimeProvider time)
    {
        var server = await FakeTelegramServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-TOKEN", server.BaseUrl) { RetryThreshold = 0 });
        var host = await ReminderHost.StartAsync(db.FilePath, "e2e-" + Guid.NewGuid().ToString("N"), time, new TelegramMessageTransport(bot), [Stream], server.BaseUrl);
        return (server, host);
    }

    private static Task<IReadOnlyList<BotReply>> SayAsync(ReminderHost host, ChatRef chat, long userId, string text, string language = "en") =>
        host.Host.Services.GetRequiredService<IConversation>()
            .HandleMessageAsync(new IncomingMessage(chat, new Sender(userId, language), text, "fake_bot")).AsTask();

    [Fact]
    public async Task A_chat_that_subscribes_gets_its_reminder_at_the_right_time_with_the_right_text()
    {
        // Arrange
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var (server, host) = await StartAsync(db, time);
        await using var _ = server;
        await using var __ = host;
        var chat = new ChatRef(77, ChatKind.Private);

        // Act
        var tz = await SayAsync(host, chat, 77, "/tz Europe/Berlin");
        var subscribed = await SayAsync(host, chat, 77, "/subscribe 2h");
        await Eventually.WaitForAsync(
            async () => await (await host.SchedulerAsync()).GetTrigger(new Quartz.TriggerKey("reminder:channel-42:2h", "reminders")) is not null, x => x);
        var listing = await SayAsync(host, chat, 77, "/reminders");
        time.Advance(Start.AddHours(-2) - Now - TimeSpan.FromMinutes(1));
        var early = server.SentTo(77).Count;
        time.Advance(TimeSpan.FromMinutes(1));
        var reminder = await server.WaitForCallAsync("sendMessage", chatId: 77);

        // Assert
        tz.Single().Html.Should().Contain("Europe/Berlin");
        subscribed.Single().Html.Should().Contain("Subscribed").And.Contain("2h");
        listing.Single().Html.Should().Contain("2026-12-02 Wed 23:00 (UTC+01:00)").And.Contain("&lt;Layotto&gt;");
        early.Should().Be(0);
        reminder.ParseMode.Should().BeEquivalentTo("html");
        reminder.Text.Should().Contain("<b>SOFAChannel#42 &lt;Layotto&gt; &amp; friends</b> starts in 2 hours")
            .And.Contain("2026-12-03 Thu 01:00 (UTC+01:00)").And.Contain("https://live.example.org/42");
    }

    [Fact]
    public async Task In_a_group_only_administrators_may_subscribe()
    {
        // Arrange
        using var db = new TempDatabase();
        var time = new FakeTimeProvider(Now);
        var (server, host) = await StartAsync(db, time);
        await using var _ = server;
        await using var __ = host;
        var group = new ChatRef(-500, ChatKind.Supergroup);
        server.SetChatMember(-500, 1, ChatMemberStatus.Member);
        server.SetChatMember(-500, 2, ChatMemberStatus.Administrator);

        // Act
        var member = await SayAsync(host, group, 1, "/subscribe@fake_bot", "zh-hans");
        var admin = await SayAsync(host, group, 2, "/subscribe@fake_bot meetup", "zh-hans");

        // Assert
        member.Single().Html.Should().Contain("只有本群管理员");
        admin.Single().Html.Should().Contain("订阅成功").And.Contain("SOFAMeetup");
        (await host.Chats.ActiveSubscriptionsAsync()).Should().ContainSingle(s => s.ChatId == -500 && s.Language == "zh-hans");
    }
}
