using System.Globalization;
using Bot.Content;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Storage;
using Bot.Telegram;

namespace Bot.Admin;

/// <summary>/stats, for the user ids in <c>Bot:AdminUserIds</c>: events, talks, subscribed chats, the last reload and
/// the uptime.</summary>
public sealed class StatsCommand(IChatStore chats, ContentReloader reloader, BotIdentity identity, TimeProvider time) : IBotCommand
{
    public string Name => "stats";

    public bool IsListed => false;

    // Never shown: unlisted commands are in neither /help nor setMyCommands.
    public string Describe(string? languageCode) => "Counts of events, talks and subscribed chats (bot admins only)";

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.Message.From.IsBotAdmin)
            return [AdminOnly.Refusal(context)];
        var subscribed = await chats.CountSubscribersAsync(cancellationToken);
        var lastReload = reloader.LastReload ?? identity.StartedAt;
        var uptime = time.GetUtcNow() - identity.StartedAt;
        return [new BotReply(string.Format(CultureInfo.InvariantCulture, context.Strings.Edge.StatsFormat,
            context.Catalog.Events.Count,
            context.Catalog.TalkCount,
            subscribed.ToString(CultureInfo.InvariantCulture),
            lastReload.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            $"{(int)uptime.TotalDays}d {uptime.Hours:00}:{uptime.Minutes:00}:{uptime.Seconds:00}"))];
    }
}
