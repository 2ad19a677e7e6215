using System.Net;
using Bot.Storage;
using Bot.Storage.Sqlite;
using FakeBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types;
using static Bot.Tests.Telegram.WebhookSpecs;

namespace Bot.Tests.Telegram;

/// <summary>What the webhook endpoint does with what Telegram should not send, or sends twice: each spec runs the real
/// host in webhook mode and posts over loopback HTTP.</summary>
public sealed class WebhookLimitsSpecs
{
    [Fact]
    public async Task An_update_telegram_sends_again_after_it_was_handled_is_answered_200_and_not_handled_twice()
    {
        // Arrange: the first copy is handled and gone from the inbox when the repeat comes.
        var (bot, url) = await StartWebhookBotAsync();
        await using var _ = bot;
        var user = FakeChats.User(81);
        var update = Help(700_001, user);
        var first = await bot.Server.PostUpdateAsync(url, update, Secret);
        await bot.Server.WaitForRequestAsync(r => r.Method == "sendMessage" && r.ChatId == user.Id);
        await WaitForAsync(() => InboxRows(bot) == 0);

        // Act
        var again = await bot.Server.PostUpdateAsync(url, update, Secret);
        var control = await bot.AskAsync(FakeChats.Private(user), user, "/live");

        // Assert
        first.Should().Be(HttpStatusCode.OK);
        again.Should().Be(HttpStatusCode.OK, "Telegram stops resending once it gets its 200");
        bot.Server.SentTo(user.Id).Should().HaveCount(2, "one answer to /help, one to /live").And.EndWith(control);
    }

    [Fact]
    public async Task A_body_over_a_megabyte_is_refused_with_413_and_neither_kept_nor_handled()
    {
        // Arrange: a well-formed update with the right secret, 2 MB of text.
        var (bot, url) = await StartWebhookBotAsync();
        await using var _ = bot;
        var user = FakeChats.User(82);
        var update = Help(700_002, user);
        update.Message!.Text = "/search " + new string('x', 2_000_000);

        // Act
        var status = await bot.Server.PostUpdateAsync(url, update, Secret);
        var control = await bot.AskAsync(FakeChats.Private(user), user, "/live");

        // Assert
        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        bot.Server.SentTo(user.Id).Should().ContainSingle().Which.Should().Be(control);
        bot.Logs.GetSnapshot().Should().Contain(r => r.Level == LogLevel.Warning && r.Message.StartsWith("Webhook request body refused with 413"));
    }

    [Fact]
    public async Task An_unexpected_failure_in_a_webhook_request_reaches_the_bots_log_through_kestrel()
    {
        // Arrange
        var (bot, url) = await StartWebhookBotAsync(services: s => s.AddSingleton<IUpdateInbox>(sp =>
            new FailingUpdateInbox(ActivatorUtilities.CreateInstance<SqliteUpdateInbox>(sp), 700_003)));
        await using var _ = bot;
        var user = FakeChats.User(83);

        // Act
        var status = await bot.Server.PostUpdateAsync(url, Help(700_003, user), Secret);

        // Assert
        status.Should().Be(HttpStatusCode.InternalServerError);
        bot.Logs.GetSnapshot().Should().Contain(r => r.Category == "Microsoft.AspNetCore.Server.Kestrel" && r.Level == LogLevel.Error
            && r.Exception!.Message == "injected failure keeping update 700003");
    }

    [Fact]
    public async Task Requests_without_the_right_secret_are_logged_once_a_minute_with_their_count()
    {
        // Arrange
        var time = new FakeTimeProvider(SampleEvents.Now);
        var (bot, url) = await StartWebhookBotAsync(services: s => s.AddSingleton<TimeProvider>(time));
        await using var _ = bot;
        var update = Help(700_004, FakeChats.User(84));

        // Act: 50 bad requests, the minute ends, a quiet minute, one more.
        for (var i = 0; i < 50; i++) (await bot.Server.PostUpdateAsync(url, update, "wrong-secret")).Should().Be(HttpStatusCode.Unauthorized);
        var duringTheMinute = Rejections(bot);
        time.Advance(TimeSpan.FromMinutes(1));
        var afterTheMinute = Rejections(bot);
        time.Advance(TimeSpan.FromMinutes(1));
        await bot.Server.PostUpdateAsync(url, update, null);
        var afterAQuietMinute = Rejections(bot);

        // Assert
        duringTheMinute.Should().ContainSingle("the first is logged at once, the rest counted");
        afterTheMinute.Should().HaveCount(2);
        afterTheMinute[1].Should().StartWith("49 more webhook requests without the right secret header rejected with 401 in the last minute");
        afterAQuietMinute.Should().HaveCount(3, "after a quiet minute the next one is logged at once again");
    }

    private static Update Help(int id, User user) => new()
    {
        Id = id,
        Message = new() { Id = 1, Chat = FakeChats.Private(user), From = user, Text = "/help", Date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
    };

    private static List<string> Rejections(BotHarness bot) =>
        [.. bot.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning && r.Message.Contains("without the right secret header")).Select(r => r.Message)];

    private static long InboxRows(BotHarness bot)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(bot.Folder, "data", "bot.db")};Pooling=False");
        db.Open();
        using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM telegram_inbox";
        return (long)count.ExecuteScalar()!;
    }
}
