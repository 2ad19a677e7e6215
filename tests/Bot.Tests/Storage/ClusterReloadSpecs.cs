using Bot.Core.Catalog;
using Bot.Tests.Reminders;
using Bot.Tests.Telegram;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Storage;

/// <summary>/reload answered by one instance reaches the others sharing its PostgreSQL database.</summary>
public sealed class ClusterReloadSpecs
{
    private const string Page = """
        ---
        title: "SOFAChannel#98：一次重新加载"
        date: 2029-05-01T11:00:00.000Z
        categories: "SOFAChannel"
        description: "线上直播"
        ---

        - 活动主题：SOFAChannel#98：一次重新加载
        - 活动时间：2029 年 5 月 1 日周二晚 7 点
        - 活动形式：线上直播
        """;

    [PostgresFact]
    public async Task After_a_reload_on_one_instance_every_other_instance_reloads_its_own_content_folder()
    {
        // Arrange: two instances, each with its own folder holding the new page, both still on the seeded catalog.
        await using var backend = await PostgresBackend.CreateAsync();
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = backend.ConnectionString };
        await using var first = await BotHarness.StartAsync(settings, server: server);
        await using var second = await BotHarness.StartAsync(settings, server: server);
        foreach (var bot in new[] { first, second })
        {
            await File.WriteAllTextAsync(Path.Combine(bot.Folder, "content", "zh-sofa-channel-98.md"), Page);
        }
        var admin = FakeChats.User(BotHarness.AdminId, "en");
        var listening = await Eventually.WaitForAsync(
            () => Task.FromResult(second.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Listening on bot_content_reloaded", StringComparison.Ordinal))),
            l => l, TimeSpan.FromSeconds(30));

        // Act: the instance that polls answers /reload; the other one hears of it.
        var reply = await first.AskAsync(FakeChats.Private(admin), admin, "/reload");
        var catalogs = await Eventually.WaitForAsync(
            () => Task.FromResult(new[] { first, second }.Select(b => b.Host.Services.GetRequiredService<EventCatalog>().Current.Events.Select(e => e.Id).ToList()).ToList()),
            c => c.All(ids => ids is ["zh-sofa-channel-98"]), TimeSpan.FromSeconds(30));

        // Assert
        listening.Should().BeTrue();
        reply.Text.Should().StartWith("Content reloaded: 1 events");
        catalogs.Should().AllSatisfy(ids => ids.Should().Equal("zh-sofa-channel-98"));
    }
}
