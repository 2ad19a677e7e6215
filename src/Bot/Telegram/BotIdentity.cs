using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Who the bot is (from getMe at start) and since when it runs.</summary>
public sealed class BotIdentity(TimeProvider time)
{
    private User? _me;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>Username without '@' for <c>/cmd@username</c>; null until getMe answered.</summary>
    public string? Username => Volatile.Read(ref _me)?.Username;

    public long? Id => Volatile.Read(ref _me)?.Id;

    internal void Set(User me) => Volatile.Write(ref _me, me);
}
