namespace FakeBotApi;

public sealed record FakeTelegramServerOptions
{
    /// <summary>The only token accepted (others get 401); null accepts any well-formed token.</summary>
    public string? Token { get; init; }
    public long BotId { get; init; } = 123456;
    public string BotUsername { get; init; } = "fake_bot";
    public string BotFirstName { get; init; } = "Fake Bot";
    /// <summary>Longest a getUpdates call is held. Telegram holds up to <c>timeout</c>; answering earlier keeps tests
    /// quick and avoids racing clients whose HTTP timeout equals <c>timeout</c> (Telegram.Bot's ReceiveAsync).</summary>
    public TimeSpan LongPollCap { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>The first update gets the next id. A bot restarted against a fresh server ignores ids at or below the
    /// last one it kept, as it would from Telegram, so such a server must start beyond them.</summary>
    public int UpdateIdsAfter { get; init; } = 1000;
    /// <summary>Refuse sends to chats the server never saw in an update ("chat not found").</summary>
    public bool RequireKnownChats { get; init; }
    public FloodLimits? FloodLimits { get; init; }
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
