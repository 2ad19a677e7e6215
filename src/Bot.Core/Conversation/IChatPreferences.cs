namespace Bot.Core.Conversation;

/// <summary>Per-chat settings the conversation reads. The reminders feature stores them (SQLite); the default
/// knows none, so every chat sees the configured default zone.</summary>
public interface IChatPreferences
{
    /// <summary>The chat's IANA zone (<c>Europe/Berlin</c>), or null for the default.</summary>
    ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default);
}
