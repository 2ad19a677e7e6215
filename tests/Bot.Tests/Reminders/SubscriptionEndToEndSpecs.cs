using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Storage;
using Bot.Tests.Telegram;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.Reminders;

/// <summary>The whole bot as Program runs it (BotApplication + TelegramHost) against the loopback Bot API server, on a
/// fake clock: commands arrive as Telegram updates, reminders leave as sendMessage calls.</summary>
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

    private static async Task<BotHarness> StartAsync(FakeTimeProvider time)
    {
        var bot = await BotHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Reminders:SchedulerName"] = "e2e-" + Guid.NewGuid().ToString("N"),
                ["Content:Watch"] = "false",
            },
            services => services.AddSingleton<TimeProvider>(time));
        bot.Host.Services.GetRequiredService<EventCatalog>().Reload([Stream]);
        time.Advance(TimeSpan.FromSeconds(1)); // past the flood gate's start-up hold
        return bot;
    }

    [Fact]
    public async Task A_chat_that_subscribes_gets_its_reminder_at_the_right_time_with_the_right_text()
    {
        // Arrange
        var time = new FakeTimeProvider(Now);
        await using var bot = await StartAsync(time);
        var user = FakeChats.User(77, "en");
        var chat = FakeChats.Private(user);

        // Act
        var tz = await bot.AskAsync(chat, user, "/tz Europe/Berlin");
        var subscribed = await bot.AskAsync(chat, user, "/subscribe 2h");
        var scheduler = await bot.Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new TriggerKey("reminder:channel-42:2h", "reminders");
        await Eventually.WaitForAsync(async () => await scheduler.GetTrigger(key) is not null, x => x);
        var listing = await bot.AskAsync(chat, user, "/reminders");
        var mark = bot.Server.LastSequence;
        time.Advance(Start.AddHours(-2) - Now - TimeSpan.FromMinutes(1));
        var nextFire = (await scheduler.GetTrigger(key))!.NextFireTimeUtc;
        time.Advance(TimeSpan.FromMinutes(1));
        var reminder = await bot.Server.WaitForRequestAsync(r => r.Sequence > mark && r.Method == "sendMessage" && r.ChatId == 77);
        var outbox = bot.Host.Services.GetRequiredService<IOutboxStore>();
        var recorded = await Eventually.WaitForAsync(() => outbox.CountAsync("sent"), n => n == 1);

        // Assert
        tz.Text.Should().Contain("Europe/Berlin");
        subscribed.Text.Should().Contain("Subscribed").And.Contain("2 hours");
        listing.Text.Should().Contain("2026-12-02 Wed 23:00 (UTC+01:00)").And.Contain("&lt;Layotto&gt;");
        nextFire.Should().Be(Start.AddHours(-2), "a minute before it nothing has fired: the reminder is still due two hours before the start");
        recorded.Should().Be(1, "the outbox row is marked sent once Telegram accepted it");
        reminder.ParseMode.Should().BeEquivalentTo("html");
        reminder.Text.Should().Contain("<b>SOFAChannel#42 &lt;Layotto&gt; &amp; friends</b> starts in 2 hours")
            .And.Contain("2026-12-03 Thu 01:00 (UTC+01:00)").And.Contain("https://live.example.org/42");
    }

    [Fact]
    public async Task In_a_group_only_administrators_may_subscribe_and_a_kicked_bot_deactivates_it()
    {
        // Arrange
        var time = new FakeTimeProvider(Now);
        await using var bot = await StartAsync(time);
        var group = FakeChats.Supergroup(500);
        var member = FakeChats.User(1, "zh-hans");
        var admin = FakeChats.User(2, "zh-hans");
        bot.Server.SetChatMember(group.Id, 1, ChatMemberStatus.Member);
        bot.Server.SetChatMember(group.Id, 2, ChatMemberStatus.Administrator);
        var chats = bot.Host.Services.GetRequiredService<IChatStore>();

        // Act
        var refused = await bot.AskAsync(group, member, "/subscribe@fake_bot");
        var accepted = await bot.AskAsync(group, admin, "/subscribe@fake_bot meetup");
        var subscribedBefore = await chats.CountSubscribersAsync();
        bot.Server.EnqueueMyChatMember(group, admin, ChatMemberStatus.Member, ChatMemberStatus.Kicked);
        var after = await Eventually.WaitForAsync(() => chats.GetAsync(group.Id), c => c is { Active: false });

        // Assert
        refused.Text.Should().Contain("只有本群管理员");
        accepted.Text.Should().Contain("订阅成功").And.Contain("SOFAMeetup");
        subscribedBefore.Should().Be(1);
        after!.Active.Should().BeFalse();
        after.Subscribed.Should().BeTrue("a removed bot's chat is deactivated, not deleted");
    }
    [Fact]
    public async Task An_administrator_whose_check_telegram_cannot_answer_is_asked_to_try_again_not_refused()
    {
        // Arrange
        var time = new FakeTimeProvider(Now);
        await using var bot = await StartAsync(time);
        var group = FakeChats.Supergroup(501);
        var admin = FakeChats.User(3, "en");
        bot.Server.SetChatMember(group.Id, 3, ChatMemberStatus.Administrator);
        bot.Server.InjectFault(Fault.TooManyRequests(5), "getChatMember");
        var chats = bot.Host.Services.GetRequiredService<IChatStore>();

        // Act
        var first = await bot.AskAsync(group, admin, "/subscribe@fake_bot");
        var again = await bot.AskAsync(group, admin, "/subscribe@fake_bot");

        // Assert
        first.Text.Should().Contain("try again").And.NotContain("Only this group's administrators");
        again.Text.Should().StartWith("Subscribed");
        (await chats.CountSubscribersAsync()).Should().Be(1);
    }
}
