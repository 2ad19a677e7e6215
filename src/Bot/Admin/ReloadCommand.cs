using System.Globalization;
using Bot.Content;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;

namespace Bot.Admin;

/// <summary>/reload, for the user ids in <c>Bot:AdminUserIds</c>: reads the content folder again now and tells what
/// changed and which pages failed; the other instances of the cluster reload their own folders too.</summary>
public sealed class ReloadCommand(ContentReloader reloader, ClusterReload cluster) : IBotCommand
{
    private const int MaxIdsShown = 20;

    public string Name => "reload";

    public bool IsListed => false;

    // Never shown: unlisted commands are in neither /help nor setMyCommands.
    public string Describe(string? languageCode) => "Re-reads the content folder (bot admins only)";

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.Message.From.IsBotAdmin)
            return [AdminOnly.Refusal(context)];
        var report = await Task.Run(reloader.Reload, cancellationToken);
        await cluster.AnnounceAsync(cancellationToken);
        return [new BotReply(Reply(report, context.Strings.Edge))];
    }

    private static string Reply(ReloadReport report, EdgeTexts texts)
    {
        var lines = new List<string> { Html.Escape(string.Format(CultureInfo.InvariantCulture, texts.ReloadDone, report.Load.Events, report.Load.Talks)) };
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

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
