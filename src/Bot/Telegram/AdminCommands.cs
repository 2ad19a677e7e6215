using System.Globalization;
using Bot.Content;
using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Storage;

namespace Bot.Telegram;

/// <summary>/reload and /stats, for the user ids in <c>Bot:AdminUserIds</c> only; not listed in setMyCommands.</summary>
public sealed class AdminCommands(ContentReloader reloader, EventCatalog catalog, IChatStore chats, BotIdentity identity, TimeProvider time)
{
    private const int MaxIdsShown = 20;

    /// <summary>The replies when <paramref name="message"/> is an admin command for us; null otherwise.</summary>
    public async ValueTask<IReadOnlyList<BotReply>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var line = CommandLine.TryParse(message.Text);
        if (line is null || !line.IsFor(message.BotUsername) || line.Name is not ("reload" or "stats"))
            return null;
        var texts = Strings.For(message.From.LanguageCode).Edge;
        if (!message.From.IsBotAdmin)
            return [new BotReply(Html.Escape(texts.NotAllowed))];
        return line.Name == "reload"
            ? [new BotReply(ReloadReply(await Task.Run(reloader.Reload, cancellationToken), texts))]
            : [new BotReply(await StatsAsync(texts, cancellationToken))];
    }

    private static string ReloadReply(ReloadReport report, EdgeTexts texts)
    {
        var lines = new List<string> { Html.Escape(Format(texts.ReloadDone, report.Load.Events, report.Load.Talks)) };
        AddIds(lines, texts.Added, report.Added);
        AddIds(lines, texts.Changed, report.Changed);
        AddIds(lines, texts.Removed, report.Removed);
        if (report.Added.Count + report.Changed.Count + report.Removed.Count == 0)
            lines.Add(Html.Escape(texts.ReloadUnchanged));
        var failed = report.Load.FailedPageProblems.GroupBy(e => e.File).ToList();
        if (failed.Count > 0)
        {
            lines.Add($"⚠️ {Html.Escape(texts.FailedPages)} ({failed.Count}):");
            lines.AddRange(failed.Take(MaxIdsShown).Select(f => $"• <code>{Html.Escape(f.Key)}</code>: {Html.Escape(Shorten(f.First().Message))}"));
        }
        return string.Join('\n', lines);
    }

    private static void AddIds(List<string> lines, string label, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return;
        var shown = string.Join(", ", ids.Take(MaxIdsShown).Select(id => $"<code>{Html.Escape(id)}</code>"));
        lines.Add($"{Html.Escape(label)} ({ids.Count}): {shown}{(ids.Count > MaxIdsShown ? ", …" : "")}");
    }

    private async ValueTask<string> StatsAsync(EdgeTexts texts, CancellationToken cancellationToken)
    {
        var snapshot = catalog.Current;
        var subscribed = await chats.CountSubscribersAsync(cancellationToken);
        var lastReload = reloader.LastReload ?? identity.StartedAt;
        var uptime = time.GetUtcNow() - identity.StartedAt;
        return Format(texts.StatsFormat,
            snapshot.Events.Count,
            snapshot.TalkCount,
            subscribed.ToString(CultureInfo.InvariantCulture),
            lastReload.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            $"{(int)uptime.TotalDays}d {uptime.Hours:00}:{uptime.Minutes:00}:{uptime.Seconds:00}");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
