using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>The grammY peer (tests/Peers/grammy) in set-up a (runner + auto-retry) or b (runner + throttler + auto-retry),
/// its throttler given the same scaled limits the server enforces.</summary>
public sealed class GrammyBot(char setup) : IBotUnderTest
{
    public string Name => $"grammY {setup}";

    public async Task SeedSubscribersAsync(BotWorkspace workspace, IReadOnlyList<long> chatIds, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(SubscribersPath(workspace), JsonSerializer.Serialize(chatIds), cancellationToken);

    public ProcessStartInfo StartInfo(BotWorkspace workspace, string apiBaseUrl, bool limited)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = workspace.Paths.GrammyPeer };
        info.ArgumentList.Add("src/main.js");
        var o = limited ? workspace.Options : workspace.Options with { OverallPerSecond = Unlimited, PerChatPerSecond = Unlimited, PerGroupPerMinute = Unlimited };
        info.Environment["PEER_SETUP"] = setup.ToString();
        info.Environment["BOT_TOKEN"] = BotWorkspace.Token;
        info.Environment["API_ROOT"] = apiBaseUrl;
        info.Environment["CATALOG_JSON"] = workspace.CatalogJson;
        info.Environment["SUBSCRIBERS_PATH"] = SubscribersPath(workspace);
        info.Environment["ADMIN_IDS"] = BotWorkspace.Admin.Id.ToString(CultureInfo.InvariantCulture);
        info.Environment["LIMIT_GLOBAL_PER_SECOND"] = o.OverallPerSecond.ToString(CultureInfo.InvariantCulture);
        info.Environment["LIMIT_CHAT_PER_SECOND"] = o.PerChatPerSecond.ToString(CultureInfo.InvariantCulture);
        info.Environment["LIMIT_GROUP_PER_MINUTE"] = o.PerGroupPerMinute.ToString(CultureInfo.InvariantCulture);
        info.Environment["NODE_ENV"] = "production";
        return info;
    }

    public void TriggerBroadcast(FakeTelegramServer server, BotWorkspace workspace) =>
        server.EnqueueMessage(FakeChats.Private(BotWorkspace.Admin), BotWorkspace.Admin, "/broadcast " + workspace.BroadcastHtml);

    private const int Unlimited = 1_000_000;

    private static string SubscribersPath(BotWorkspace workspace) => Path.Combine(workspace.Folder, "subscribers.json");
}
