using FakeBotApi;
using Telegram.Bot;

namespace Bot.Tests.FakeBotApi;

/// <summary>A fresh server per test and a client without the library's own 429 retry, so every answer is seen as is.</summary>
public abstract class FakeServerSpecsBase : IAsyncLifetime
{
    protected FakeTelegramServer Server { get; private set; } = null!;
    protected TelegramBotClient Client { get; private set; } = null!;

    protected virtual FakeTelegramServerOptions Options => new() { LongPollCap = TimeSpan.FromSeconds(1) };

    public async Task InitializeAsync()
    {
        Server = await FakeTelegramServer.StartAsync(Options);
        Client = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST", Server.BaseUrl) { RetryThreshold = 0 })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
