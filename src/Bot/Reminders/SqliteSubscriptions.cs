using Bot.Core.Conversation;
using Bot.Core.Reminders;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Reminders;

/// <summary>The subscription and time-zone ports over SQLite. After a change the schedule is re-planned when the
/// scheduler runs (Telegram mode); offline the settings are simply stored.</summary>
public sealed class SqliteSubscriptions(ChatStore chats, IServiceProvider services) : ISubscriptions, IChatPreferences
{
    public async ValueTask<Subscription?> FindAsync(long chatId, CancellationToken cancellationToken = default) =>
        await chats.GetAsync(chatId, cancellationToken) is { Subscribed: true, Active: true } chat ? chat.ToSubscription() : null;

    public async ValueTask SubscribeAsync(ChatRef chat, string? languageCode, SubscribeRequest request, CancellationToken cancellationToken = default)
    {
        await chats.SubscribeAsync(chat.Id, chat.IsGroup, chat.ThreadId, languageCode, request.LeadTimes, request.Filter, cancellationToken);
        services.GetService<ReminderSynchroniser>()?.RequestSync();
    }

    public async ValueTask<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var was = await chats.UnsubscribeAsync(chatId, cancellationToken);
        services.GetService<ReminderSynchroniser>()?.RequestSync();
        return was;
    }

    public async ValueTask SetTimeZoneAsync(ChatRef chat, string zoneId, CancellationToken cancellationToken = default) =>
        await chats.SetTimeZoneAsync(chat.Id, chat.IsGroup, zoneId, cancellationToken);

    public async ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) =>
        (await chats.GetAsync(chatId, cancellationToken))?.TimeZone;
}
