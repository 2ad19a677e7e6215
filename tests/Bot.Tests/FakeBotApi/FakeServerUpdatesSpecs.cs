using System.Net;
using FakeBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Tests.FakeBotApi;

public sealed class FakeServerUpdatesSpecs : FakeServerSpecsBase
{
    protected override FakeTelegramServerOptions Options => new() { LongPollCap = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_is_enqueued()
    {
        // Arrange
        var user = FakeChats.User(7);
        var poll = Client.GetUpdates(timeout: 5);

        // Act
        var update = Server.EnqueueMessage(FakeChats.Private(user), user, "/agenda 24");
        var updates = await poll;

        // Assert
        updates.Should().ContainSingle().Which.Id.Should().Be(update.Id);
        updates[0].Message!.Entities.Should().ContainSingle(e => e.Type == MessageEntityType.BotCommand && e.Length == 7);
    }

    [Fact]
    public async Task An_offset_confirms_earlier_updates_and_allowed_updates_filters()
    {
        // Arrange
        var user = FakeChats.User(7);
        var first = Server.EnqueueMessage(FakeChats.Private(user), user, "one");
        Server.EnqueueInlineQuery(user, "x");
        var third = Server.EnqueueMessage(FakeChats.Private(user), user, "three");

        // Act
        var messagesOnly = await Client.GetUpdates(offset: first.Id + 1, timeout: 0, allowedUpdates: [UpdateType.Message]);

        // Assert
        messagesOnly.Select(u => u.Id).Should().Equal(third.Id);
        Server.ConfirmedBelow.Should().Be(first.Id + 1);
    }

    [Fact]
    public async Task A_second_poller_ends_the_first_with_409_conflict()
    {
        // Arrange
        var first = Client.GetUpdates(timeout: 30);
        await Server.WaitUntilPollingAsync();
        var other = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST", Server.BaseUrl));

        // Act
        var second = other.GetUpdates(timeout: 1);
        var error = (await ((Func<Task>)(() => first)).Should().ThrowAsync<ApiRequestException>()).Which;
        await second;

        // Assert
        error.ErrorCode.Should().Be(409);
        error.Message.Should().StartWith("Conflict: terminated by other getUpdates request");
    }

    [Fact]
    public async Task With_a_webhook_updates_are_posted_with_the_secret_header_and_polling_conflicts()
    {
        // Arrange
        var received = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hook = await StartReceiverAsync(ctx => received.TrySetResult(ctx.Request.Headers["X-Telegram-Bot-Api-Secret-Token"]));
        var user = FakeChats.User(7);

        // Act
        await Client.SetWebhook(hook.Url + "/hook", secretToken: "s3cret", allowedUpdates: [UpdateType.Message]);
        Server.EnqueueMessage(FakeChats.Private(user), user, "/next");
        var secret = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var poll = () => Client.GetUpdates();

        // Assert
        secret.Should().Be("s3cret");
        (await poll.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(409);
    }

    private static async Task<Receiver> StartReceiverAsync(Action<HttpContext> onUpdate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/hook", (HttpContext ctx) => { onUpdate(ctx); return Results.Ok(); });
        await app.StartAsync();
        return new Receiver(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private sealed record Receiver(WebApplication App, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
