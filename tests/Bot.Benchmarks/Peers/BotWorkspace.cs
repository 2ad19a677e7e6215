using Telegram.Bot.Types;

namespace Bot.Benchmarks.Peers;

/// <summary>Everything one bot run shares with the bot: a scratch folder, the content, the catalog JSON, the admin.</summary>
public sealed record BotWorkspace(string Folder, PeerPaths Paths, string CatalogJson, PeersOptions Options)
{
    public const string Token = "123456:PEERS-benchmark";

    public static User Admin { get; } = FakeBotApi.FakeChats.User(4242, firstName: "Admin");

    public string BroadcastHtml => "<b>Reminder</b>: SOFAChannel starts in 1 hour — see you in the live room &amp; bring questions!";
}
