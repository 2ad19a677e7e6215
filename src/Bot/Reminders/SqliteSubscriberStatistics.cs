using Bot.Storage;
using Bot.Telegram;

namespace Bot.Reminders;

/// <summary>/stats: active subscriptions from the store.</summary>
public sealed class SqliteSubscriberStatistics(ChatStore chats) : ISubscriberStatistics
{
    public async ValueTask<int?> CountActiveAsync(CancellationToken cancellationToken) => await chats.CountSubscribersAsync(cancellationToken);
}
