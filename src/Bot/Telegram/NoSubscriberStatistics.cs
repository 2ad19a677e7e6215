namespace Bot.Telegram;

internal sealed class NoSubscriberStatistics : ISubscriberStatistics
{
    public ValueTask<int?> CountActiveAsync(CancellationToken cancellationToken) => ValueTask.FromResult<int?>(null);
}
