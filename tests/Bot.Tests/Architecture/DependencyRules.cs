namespace Bot.Tests.Architecture;

/// <summary>Which folder of <c>src/</c> may use which: the table of allowed directions, kept here and in the README's
/// layout section (a spec checks that both say the same). A folder is a namespace: <c>src/Bot/Telegram/Sending</c> is
/// <c>Bot.Telegram.Sending</c>, <c>src/Bot.Core/Events</c> is <c>Bot.Core.Events</c>; a Core folder counts with its
/// subfolders (<c>Recaps/Talks</c> is part of <c>Recaps</c>). A namespace sees its parent's types without a using, so a
/// subfolder is always allowed its parent folder.</summary>
internal static class DependencyRules
{
    /// <summary>The host (<c>src/Bot</c>): each folder and the host folders it may use. Every host folder may also use
    /// any folder of Bot.Core, which is below all of them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Host = new Dictionary<string, string[]>
    {
        ["Bot"] = ["Bot.Hosting", "Bot.Check"],
        ["Bot.Hosting"] =
        [
            "Bot.Admin", "Bot.Check", "Bot.ConsoleChat", "Bot.Content", "Bot.Reminders", "Bot.Storage", "Bot.Storage.Postgres", "Bot.Storage.Sqlite",
            "Bot.Telegram", "Bot.Telegram.Handling", "Bot.Telegram.Receiving", "Bot.Telegram.Sending",
        ],
        ["Bot.Check"] = ["Bot.Content"],
        ["Bot.ConsoleChat"] = ["Bot.Content"],
        ["Bot.Admin"] = ["Bot.Content", "Bot.Storage", "Bot.Telegram"],
        ["Bot.Reminders"] = ["Bot.Storage", "Bot.Telegram.Sending"],
        ["Bot.Telegram.Receiving"] = ["Bot.Telegram", "Bot.Telegram.Handling", "Bot.Storage"],
        ["Bot.Telegram.Handling"] = ["Bot.Telegram", "Bot.Telegram.Sending", "Bot.Storage"],
        ["Bot.Telegram.Sending"] = ["Bot.Telegram", "Bot.Storage"],
        ["Bot.Telegram"] = [],
        ["Bot.Content"] = [],
        ["Bot.Storage.Sqlite"] = ["Bot.Storage"],
        ["Bot.Storage.Postgres"] = ["Bot.Storage"],
        ["Bot.Storage"] = [],
    };

    /// <summary>The domain (<c>src/Bot.Core</c>): each folder and the Core folders it may use; never a host folder.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Core = new Dictionary<string, string[]>
    {
        ["Bot.Core.Text"] = [],
        ["Bot.Core.Events"] = [],
        ["Bot.Core.Recaps"] = ["Bot.Core.Events", "Bot.Core.Text"],
        ["Bot.Core.Formatting"] = ["Bot.Core.Text"],
        ["Bot.Core.Localization"] = ["Bot.Core.Events", "Bot.Core.Formatting"],
        ["Bot.Core.Catalog"] = ["Bot.Core.Events", "Bot.Core.Recaps", "Bot.Core.Text"],
        ["Bot.Core.Replies"] = ["Bot.Core.Catalog", "Bot.Core.Events", "Bot.Core.Formatting", "Bot.Core.Localization", "Bot.Core.Text"],
        ["Bot.Core.Commands"] =
            ["Bot.Core.Catalog", "Bot.Core.Events", "Bot.Core.Formatting", "Bot.Core.Localization", "Bot.Core.Replies", "Bot.Core.Text"],
        ["Bot.Core.Questions"] =
            ["Bot.Core.Catalog", "Bot.Core.Commands", "Bot.Core.Events", "Bot.Core.Formatting", "Bot.Core.Localization", "Bot.Core.Replies", "Bot.Core.Text"],
        ["Bot.Core.Conversation"] =
        [
            "Bot.Core.Catalog", "Bot.Core.Commands", "Bot.Core.Events", "Bot.Core.Formatting", "Bot.Core.Localization",
            "Bot.Core.Questions", "Bot.Core.Replies", "Bot.Core.Text",
        ],
        ["Bot.Core.Reminders"] =
        [
            "Bot.Core.Catalog", "Bot.Core.Commands", "Bot.Core.Conversation", "Bot.Core.Events", "Bot.Core.Formatting",
            "Bot.Core.Localization", "Bot.Core.Replies", "Bot.Core.Text",
        ],
    };

    /// <summary>Uses against the direction that exist today and are tolerated until their cause moves: the reply types
    /// (BotReply, ReplyButton, ReplyDocument) and the incoming message types still live in Conversation. Each line goes
    /// when its last use does; a spec fails while a line is no longer needed, so the list cannot go stale.</summary>
    public static readonly IReadOnlyList<(string From, string To, string Why)> Pending =
    [
        ("Bot.Core.Formatting", "Bot.Core.Conversation", "ReplySplitter splits a BotReply"),
        ("Bot.Core.Replies", "Bot.Core.Conversation", "the cards build BotReply, ReplyButton and ReplyDocument"),
        ("Bot.Core.Commands", "Bot.Core.Conversation", "commands return BotReply and read IncomingMessage, IncomingCallback and ChatRef"),
        ("Bot.Core.Questions", "Bot.Core.Conversation", "answers are BotReply with ReplyButton"),
    ];

    public static bool IsCore(string unit) => unit.StartsWith("Bot.Core.", StringComparison.Ordinal);

    public static IEnumerable<string> Units => Host.Keys.Concat(Core.Keys);

    /// <summary>The folder (unit) a namespace belongs to: a Core namespace by its first folder, a host namespace by the
    /// longest folder of the table it starts with.</summary>
    public static string? UnitOf(string ns)
    {
        if (IsCore(ns))
        {
            var unit = string.Join('.', ns.Split('.').Take(3));
            return Core.ContainsKey(unit) ? unit : null;
        }

        // The root ("Bot", Program.cs) owns no subfolder: a folder missing from the table has no unit.
        return Host.Keys.Where(u => ns == u || (u != "Bot" && ns.StartsWith(u + ".", StringComparison.Ordinal))).MaxBy(u => u.Length);
    }

    public static bool MayUse(string from, string to) =>
        from == to
        || (IsCore(to) && !IsCore(from) && Host.ContainsKey(from))
        || (Host.TryGetValue(from, out var host) && host.Contains(to))
        || (Core.TryGetValue(from, out var core) && core.Contains(to))
        || Pending.Any(p => p.From == from && p.To == to);
}
