using System.Globalization;
using Bot.Content;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Storage;
using Bot.Telegram;

namespace Bot.Admin;

/// <summary>/stats, for the user ids in <c>Bot:AdminUserIds</c>: events, talks, subscribed chats, the last reload, the
/// uptime, this instance's id, the live instances of the cluster with the roles they play (on SQLite: this one), and
/// this process's memory (<see cref="MemoryReport"/>).</summary>
public sealed class StatsCommand(IChatStore chats, ContentReloader reloader, BotIdentity identity, ClusterHeartbeat cluster, TimeProvider time)
    : IBotCommand
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
        var members = await cluster.LiveMembersAsync(cancellationToken);
        var lastReload = reloader.LastReload ?? identity.StartedAt;
        var uptime = time.GetUtcNow() - identity.StartedAt;
        var memory = MemoryReport.Now();
        return [new BotReply(string.Format(CultureInfo.InvariantCulture, context.Strings.Edge.StatsFormat,
            context.Catalog.Events.Count,
            context.Catalog.TalkCount,
            subscribed.ToString(CultureInfo.InvariantCulture),
            Utc(lastReload, "yyyy-MM-dd HH:mm:ss"),
            $"{(int)uptime.TotalDays}d {uptime.Hours:00}:{uptime.Minutes:00}:{uptime.Seconds:00}",
            $"<code>{Html.Escape(cluster.InstanceId)}</code>",
            members.Count,
            string.Join('\n', members.Select(Line)),
            memory.ResidentMegabytes,
            memory.HeapMegabytes,
            memory.CommittedMegabytes,
            memory.Gen0BudgetMegabytes))];
    }

    /// <summary>One member: <c>• id Mode · Polling, Sending · since …</c> (a dash for an instance standing by).</summary>
    private static string Line(ClusterMember member) =>
        $"• <code>{Html.Escape(member.InstanceId)}</code> {member.Mode} · {(member.Roles.Count == 0 ? "—" : string.Join(", ", member.Roles))} · {Utc(member.StartedAt, "yyyy-MM-dd HH:mm")}";

    private static string Utc(DateTimeOffset at, string format) =>
        at.ToUniversalTime().ToString(format + " 'UTC'", CultureInfo.InvariantCulture);
}
