namespace Bot.Telegram;

/// <summary>Port for /stats: how many chats receive reminders. The reminders feature implements it.</summary>
public interface ISubscriberStatistics
{
    /// <summary>Active subscriptions, or null when subscriptions are not part of this build.</summary>
    ValueTask<int?> CountActiveAsync(CancellationToken cancellationToken);
}
