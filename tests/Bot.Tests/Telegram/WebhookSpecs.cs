using System.Net;
using System.Net.Sockets;
using Bot.Telegram.Receiving;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed class WebhookSpecs : IAsyncLifetime
{
    internal const string Secret = "hook-Secret_42";
    private BotHarness _bot = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        (_bot, _url) = await StartWebhookBotAsync();
    }

    /// <summary>The real host in webhook mode on a free loopback port, once it has called setWebhook.</summary>
    internal static async Task<(BotHarness Bot, Uri Url)> StartWebhookBotAsync(
        FakeTelegramServer? server = null, string? folder = null, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var port = LoopbackPort.Free();
        var url = new Uri($"http://127.0.0.1:{port}/telegram/hook");
        var bot = await BotHarness.StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = url.ToString(),
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:ListenUrls"] = $"http://127.0.0.1:{port}",
            // Each host its own Quartz scheduler: specs may run two hosts side by side.
            ["Reminders:SchedulerName"] = "webhook-" + Guid.NewGuid().ToString("N"),
        }, services, server, folder, waitForPolling: false);
        await bot.Server.WaitForCallAsync("setWebhook");
        return (bot, url);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task At_start_the_webhook_is_set_with_the_secret_and_the_updates_we_handle()
    {
        // Act
        var setWebhook = await _bot.Server.WaitForCallAsync("setWebhook");

        // Assert
        _bot.Server.WebhookUrl.Should().Be(_url.ToString());
        _bot.Server.WebhookSecret.Should().Be(Secret);
        setWebhook.Parameters["allowed_updates"]!.AsArray().Should().HaveCount(5);
        _bot.Host.Services.GetRequiredService<WebhookServer>().Addresses.Should().ContainSingle();
    }

    [Fact]
    public async Task Updates_posted_by_telegram_with_the_secret_are_answered()
    {
        // Arrange
        var user = FakeChats.User(71);

        // Act: the server posts queued updates to the webhook with the secret header
        var reply = await _bot.AskAsync(FakeChats.Private(user), user, "/help");

        // Assert: the delivery's status is recorded when the bot's 200 reaches the server, which may come after the
        // reply it sent while handling the update
        reply.Succeeded.Should().BeTrue();
        await WaitForAsync(() => _bot.Server.WebhookDeliveries.Any(d => d.Status == HttpStatusCode.OK));
        _bot.Server.WebhookDeliveries.Should().Contain(d => d.Status == HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_update_answered_200_but_unhandled_at_shutdown_is_handled_after_the_restart()
    {
        // Arrange: the first run keeps the question stuck until shutdown gives up on it; Telegram got its 200
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        var folder = Directory.CreateTempSubdirectory("bot-webhook-").FullName;
        var user = FakeChats.User(72);
        var (first, _) = await StartWebhookBotAsync(server, folder,
            s => s.AddSingleton<Bot.Core.Conversation.IConversation>(sp => new StuckConversation(
                ActivatorUtilities.CreateInstance<Bot.Core.Conversation.CatalogConversation>(sp), Task.Delay(Timeout.Infinite))));
        server.EnqueueMessage(FakeChats.Private(user), user, "/search stuck");
        await WaitForAsync(() => server.WebhookDeliveries.Any(d => d.Status == HttpStatusCode.OK));
        await first.DisposeAsync();
        var repliesBeforeRestart = server.SentTo(user.Id).Count;

        // Act
        var (second, _) = await StartWebhookBotAsync(server, folder);
        await using (second)
        {
            await server.WaitForRequestAsync(r => r.Method == "sendMessage" && r.ChatId == user.Id);
        }

        // Assert
        repliesBeforeRestart.Should().Be(0);
        server.SentTo(user.Id).Should().ContainSingle("the kept update is handled once, after the restart");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Stopping_leaves_the_webhook_set_for_the_other_instances_behind_the_same_url()
    {
        // Act
        await _bot.StopAsync();

        // Assert
        _bot.Server.Requests.Should().NotContain(r => r.Method == "deleteWebhook");
        _bot.Server.WebhookUrl.Should().Be(_url.ToString());
    }

    [Fact]
    public async Task The_health_endpoint_answers_200_once_started_and_503_while_the_database_cannot_be_reached()
    {
        // Arrange
        using var http = new HttpClient();
        var health = new Uri(_url, WebhookServer.HealthPath);
        using var up = await http.GetAsync(health);

        // Act: the database's folder disappears under the running bot
        Directory.Delete(Path.Combine(_bot.Folder, "data"), recursive: true);
        using var down = await http.GetAsync(health);

        // Assert
        up.StatusCode.Should().Be(HttpStatusCode.OK);
        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await down.Content.ReadAsStringAsync()).Should().Contain("database unreachable");
    }

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(20, limit.Token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task A_request_without_the_right_secret_is_refused_and_not_handled(string? secret)
    {
        // Arrange
        var user = FakeChats.User(72);
        var update = new global::Telegram.Bot.Types.Update
        {
            Id = 999_999,
            Message = new() { Id = 1, Chat = FakeChats.Private(user), From = user, Text = "/help", Date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
        };

        // Act
        var status = await _bot.Server.PostUpdateAsync(_url, update, secret);
        var control = await _bot.AskAsync(FakeChats.Private(user), user, "/live");

        // Assert
        status.Should().Be(HttpStatusCode.Unauthorized);
        _bot.Server.SentTo(user.Id).Should().ContainSingle().Which.Should().Be(control);
    }

}
