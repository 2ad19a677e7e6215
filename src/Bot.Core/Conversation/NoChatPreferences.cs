namespace Bot.Core.Conversation;

public sealed class NoChatPreferences : IChatPreferences
{
    public ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(null);
}
