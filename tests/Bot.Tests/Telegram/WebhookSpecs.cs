using System.Net;
using System.Net.Sockets;
using Bot.Telegram;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed class WebhookSpecs : IAsyncLifetime
{
    private const string Secret = "hook-Secret_42";
    private BotHarness _bot = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _url = new Uri($"http://127.0.0.1:{port}/telegram/hook");
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = _url.ToString(),
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:ListenUrls"] = $"http://127.0.0.1:{port}",
        }, waitForPolling: false);
        await _bot.Server.WaitForCallAsync("setWebhook");
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

        // Assert
        reply.Succeeded.Should().BeTrue();
        _bot.Server.WebhookDeliveries.Should().Contain(d => d.Status == HttpStatusCode.OK);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
