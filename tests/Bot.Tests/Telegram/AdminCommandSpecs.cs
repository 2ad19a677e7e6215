using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Catalog;
using Bot.Admin;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed partial class AdminCommandSpecs : IAsyncLifetime
{
    private static readonly CatalogSnapshot Seeded = CatalogSnapshot.Create(SampleEvents.MoreThanAPage);
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/stats")]
    [InlineData("/reload")]
    public async Task Someone_not_listed_as_admin_is_not_allowed(string command)
    {
        // Arrange
        var user = FakeChats.User(41);

        // Act
        var reply = await _bot.AskAsync(FakeChats.Private(user), user, command);

        // Assert
        reply.Text.Should().Contain("only the bot's administrators");
    }

    [Fact]
    public async Task An_admin_gets_the_stats()
    {
        // Arrange
        var admin = FakeChats.User(BotHarness.AdminId);

        var self = _bot.Host.Services.GetRequiredService<ClusterHeartbeat>().InstanceId;

        // Act
        var reply = await _bot.AskAsync(FakeChats.Private(admin), admin, "/stats");

        // Assert: on SQLite the cluster is this instance, playing every role it asked for.
        reply.Text.Should().Contain($"Events: {Seeded.Events.Count}").And.Contain($"Talks: {Seeded.TalkCount}").And.Contain("Subscribed chats: 0").And.Contain("Uptime:")
            .And.Contain($"This instance: <code>{self}</code>").And.Contain("Live instances: 1").And.Contain($"• <code>{self}</code> Polling · Polling, Sending ·");
    }

    [Fact]
    public async Task The_stats_show_the_processs_memory_and_the_gen0_budget_cap_the_gc_runs_with()
    {
        // Arrange
        var admin = FakeChats.User(BotHarness.AdminId);
        var cap = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) && value is long bytes ? bytes >> 20 : 0;

        // Act
        var reply = await _bot.AskAsync(FakeChats.Private(admin), admin, "/stats");

        // Assert: read back from the GC, so a knob the runtime ignored shows as 0.
        var memory = MemoryLine().Match(reply.Text!);
        memory.Success.Should().BeTrue(reply.Text);
        long.Parse(memory.Groups["resident"].Value, CultureInfo.InvariantCulture).Should().BePositive();
        long.Parse(memory.Groups["committed"].Value, CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(long.Parse(memory.Groups["heap"].Value, CultureInfo.InvariantCulture));
        memory.Groups["cap"].Value.Should().Be(cap.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Memory: (?<resident>\d+) MB resident, GC heap (?<heap>\d+) MB \((?<committed>\d+) MB committed\), gen0 budget cap (?<cap>\d+) MB")]
    private static partial Regex MemoryLine();

    [Fact]
    public async Task The_admin_commands_are_not_listed_in_help_even_for_an_admin()
    {
        // Arrange
        var admin = FakeChats.User(BotHarness.AdminId, "en");

        // Act
        var help = await _bot.AskAsync(FakeChats.Private(admin), admin, "/help");

        // Assert
        help.Text.Should().Contain("/agenda").And.NotContain("/reload").And.NotContain("/stats");
    }

    [Fact]
    public async Task An_admin_reloads_the_content_and_hears_what_changed()
    {
        // Arrange: the folder holds one page; the catalog holds the seeded test events
        var admin = FakeChats.User(BotHarness.AdminId, "en");
        await File.WriteAllTextAsync(Path.Combine(_bot.Folder, "content", "zh-sofa-channel-98.md"), """
            ---
            title: "SOFAChannel#98：一次重新加载"
            date: 2029-05-01T11:00:00.000Z
            categories: "SOFAChannel"
            description: "线上直播"
            ---

            - 活动主题：SOFAChannel#98：一次重新加载
            - 活动时间：2029 年 5 月 1 日周二晚 7 点
            - 活动形式：线上直播
            """);

        await File.WriteAllTextAsync(Path.Combine(_bot.Folder, "content", "broken.md"), "---\ntitle: [never closed\ndate: soon\n---\n\ntext\n");

        // Act
        var reply = await _bot.AskAsync(FakeChats.Group(42), admin, "/reload@fake_bot");

        // Assert
        reply.Text.Should().StartWith("Content reloaded: 1 events")
            .And.Contain("Added (1): <code>zh-sofa-channel-98</code>")
            .And.Contain($"Removed ({Seeded.Events.Count}):")
            .And.Contain("Pages that failed (1):").And.Contain("<code>broken.md</code>");
    }
}
