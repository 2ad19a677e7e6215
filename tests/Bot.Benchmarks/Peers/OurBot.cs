using System.Diagnostics;
using System.Globalization;
using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Storage.Sqlite;
using Bot.Storage;
using FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.Peers;

/// <summary>Our bot (src/Bot, one of its <see cref="OurBuild"/>s) in Telegram polling mode over a scratch copy of the
/// corpus. Subscribers are written with its own <see cref="SqliteChatStore"/>; the broadcast is the real path a community
/// sees: a recap page that gains a replay link → content watcher → "replay is out" fan-out → outbox → flood gate.</summary>
public sealed class OurBot(OurBuild build) : IBotUnderTest
{
    /// <summary>Column headings of our builds start with this; the other columns are the peers.</summary>
    public const string NamePrefix = "ours";

    public string Name => build.Name;

    public static bool IsOurs(string name) => name.StartsWith(NamePrefix, StringComparison.Ordinal);

    public async Task SeedSubscribersAsync(BotWorkspace workspace, IReadOnlyList<long> chatIds, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(ContentFolder(workspace));
        foreach (var page in Directory.EnumerateFiles(workspace.Paths.Corpus, "*.md"))
        {
            File.Copy(page, Path.Combine(ContentFolder(workspace), Path.GetFileName(page)));
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = DatabasePath(workspace) }), NullLogger<SqliteDatabase>.Instance);
        var chats = new SqliteChatStore(database, TimeProvider.System);
        foreach (var chatId in chatIds)
        {
            await chats.SubscribeAsync(chatId, chatId < 0, null, "en", LeadTime.Defaults, SeriesFilter.All, cancellationToken);
        }
    }

    public ProcessStartInfo StartInfo(BotWorkspace workspace, string apiBaseUrl, bool limited)
    {
        var info = build.StartInfo();
        info.WorkingDirectory = workspace.Folder;
        var o = limited ? workspace.Options : workspace.Options with { OverallPerSecond = Unlimited, PerChatPerSecond = Unlimited, PerGroupPerMinute = Unlimited };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Telegram__Token"] = BotWorkspace.Token;
        info.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
        info.Environment["Content__Path"] = ContentFolder(workspace);
        info.Environment["Storage__Path"] = DatabasePath(workspace);
        info.Environment["Bot__AdminUserIds__0"] = BotWorkspace.Admin.Id.ToString(CultureInfo.InvariantCulture);
        info.Environment["Telegram__Limits__OverallPerSecond"] = o.OverallPerSecond.ToString(CultureInfo.InvariantCulture);
        info.Environment["Telegram__Limits__PerChatPerSecond"] = o.PerChatPerSecond.ToString(CultureInfo.InvariantCulture);
        info.Environment["Telegram__Limits__PerGroupPerMinute"] = o.PerGroupPerMinute.ToString(CultureInfo.InvariantCulture);
        // The grammY peer logs nothing per update either; warnings and errors still show.
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in workspace.Options.OurEnvironment) info.Environment[name] = value;
        return info;
    }

    public void TriggerBroadcast(FakeTelegramServer server, BotWorkspace workspace)
    {
        // An online event that ended yesterday evening and now links its replay: news for every subscriber, once.
        var china = TimeSpan.FromHours(8);
        var yesterday = TimeProvider.System.GetUtcNow().ToOffset(china).AddDays(-1);
        var day = yesterday.ToString("yyyy 年 MM 月 dd 日", CultureInfo.InvariantCulture);
        var page = $"""
            ---
            title: "SOFAChannel#99：Benchmark replay"
            date: {yesterday.Date.AddHours(10).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            categories: "SOFAChannel"
            ---

            ## 概要

            - 活动主题：SOFAChannel#99：Benchmark replay
            - 活动时间：{day}（周{"日一二三四五六"[(int)yesterday.DayOfWeek]}）19:00-20:00
            - 活动形式：线上直播
            - 直播回放：[点击观看](https://example.org/replay/99)
            """;
        var path = Path.Combine(ContentFolder(workspace), "zh-sofa-channel-99.md");
        File.WriteAllText(path + ".tmp", page);
        File.Move(path + ".tmp", path);
    }

    private const int Unlimited = 1_000_000;

    private static string ContentFolder(BotWorkspace workspace) => Path.Combine(workspace.Folder, "content");

    private static string DatabasePath(BotWorkspace workspace) => Path.Combine(workspace.Folder, "bot.db");
}
