using Bot.Hosting;
using Bot.Telegram.Receiving;
using FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

public sealed class ConfigurationSpecs
{
    private const string SecretPart = "TEST-secret_Value";

    [Fact]
    public async Task Every_configuration_problem_is_reported_at_start_with_its_key_and_without_the_token()
    {
        // Arrange
        using var host = Build(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "not a token " + SecretPart,
            ["Telegram:ApiBaseUrl"] = "ftp://example.org/bot",
            ["Telegram:Mode"] = "Hook",
            ["Telegram:PollTimeoutSeconds"] = "0",
            ["Telegram:MaxQueuedUpdatesPerChat"] = "0",
            ["Bot:AdminUserIds"] = "42, alice",
        });

        // Act
        var act = () => host.StartAsync();

        // Assert
        var error = (await act.Should().ThrowAsync<AggregateException>()).Which;
        var failures = BotApplication.ConfigurationFailures(error);
        failures.Should().HaveCount(6);
        string.Join('\n', failures).Should().Contain("Telegram:Token").And.Contain("Telegram:ApiBaseUrl").And.Contain("Telegram:Mode")
            .And.Contain("Telegram:PollTimeoutSeconds").And.Contain("Telegram:MaxQueuedUpdatesPerChat").And.Contain("Bot:AdminUserIds");
        error.ToString().Should().NotContain(SecretPart);
    }

    [Fact]
    public async Task Every_section_is_validated_at_start_including_the_digest_cron_and_every_time_zone()
    {
        // Arrange
        using var host = Build(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = BotHarness.Token,
            ["Telegram:Limits:OverallPerSecond"] = "0",
            ["Content:TimeZone"] = "Mars/Olympus_Mons",
            ["Reminders:TimeZone"] = "Moon/Tranquility",
            ["Reminders:DigestCron"] = "every monday",
            ["Storage:Path"] = " ",
        });

        // Act
        var act = () => host.StartAsync();

        // Assert
        var failures = BotApplication.ConfigurationFailures((await act.Should().ThrowAsync<AggregateException>()).Which);
        failures.Should().HaveCount(5);
        string.Join('\n', failures).Should().Contain("Telegram:Limits:OverallPerSecond")
            .And.Contain("Content:TimeZone is 'Mars/Olympus_Mons'").And.Contain("Reminders:TimeZone is 'Moon/Tranquility'")
            .And.Contain("Reminders:DigestCron is 'every monday'").And.Contain("Storage:Path");
    }

    [Fact]
    public async Task The_outbox_bounds_are_validated_at_start()
    {
        // Arrange
        using var host = Build(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = BotHarness.Token,
            ["Reminders:OutboxMaxAttempts"] = "0",
            ["Reminders:OutboxMaxAge"] = "-01:00:00",
        });

        // Act
        var act = () => host.StartAsync();

        // Assert
        var failures = BotApplication.ConfigurationFailures((await act.Should().ThrowAsync<Exception>()).Which);
        failures.Should().HaveCount(2);
        string.Join('\n', failures).Should().Contain("Reminders:OutboxMaxAttempts is 0").And.Contain("Reminders:OutboxMaxAge is -01:00:00");
    }

    [Fact]
    public async Task The_console_chat_validates_its_sections_at_start_too()
    {
        // Arrange
        var builder = BotApplication.CreateBuilder(["--content", "content"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Content:TimeZone"] = "Mars/Olympus_Mons" });
        using var host = ConsoleHost.Build(builder);

        // Act
        var act = () => host.StartAsync();

        // Assert
        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should()
            .ContainSingle().Which.Should().StartWith("Content:TimeZone is 'Mars/Olympus_Mons'");
    }

    [Fact]
    public async Task Webhook_mode_needs_an_https_url_a_secret_and_listen_urls()
    {
        // Arrange
        using var host = Build(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = BotHarness.Token,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "http://bot.example.org/hook",
            ["Telegram:WebhookSecret"] = "has spaces",
        });

        // Act
        var act = () => host.StartAsync();

        // Assert
        var failures = (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures;
        failures.Should().HaveCount(3).And.Contain(f => f.StartsWith("Telegram:WebhookUrl must use https"))
            .And.Contain(f => f.StartsWith("Telegram:WebhookSecret")).And.Contain(f => f.StartsWith("Telegram:ListenUrls"));
    }

    [Fact]
    public async Task Admin_ids_must_be_numbers()
    {
        using var host = Build(new Dictionary<string, string?> { ["Telegram:Token"] = BotHarness.Token, ["Bot:AdminUserIds"] = "42,alice" });

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should()
            .ContainSingle().Which.Should().Contain("Bot:AdminUserIds").And.Contain("'alice'");
    }

    [Fact]
    public async Task The_token_never_appears_in_a_log_line_or_an_exception_even_when_telegram_rejects_it()
    {
        // Arrange: first a flaky server, then one that does not know our token
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        await using (var bot = await BotHarness.StartAsync(server: server))
        {
            server.InjectFault(Fault.ServerError(502), "getUpdates");
            server.InjectFault(Fault.DropConnection(), "getUpdates");
            await server.WaitForRequestsAsync(r => r.Method == "getUpdates" && !r.Succeeded, 2);
            server.InjectFault(Fault.DropConnection(), "sendMessage");
            await bot.AskAsync(FakeChats.Private(FakeChats.User(81)), FakeChats.User(81), "/help");
            AssertNoToken(bot);
        }
        await using var strict = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { Token = "1:OTHER" });

        // Act
        await using var rejected = await BotHarness.StartAsync(server: strict, waitForPolling: false);
        await rejected.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        rejected.Host.Services.GetRequiredService<TelegramRunState>().TokenRejected.Should().BeTrue();
        rejected.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains("Telegram rejected the bot token (401)"));
        AssertNoToken(rejected);
    }

    private static void AssertNoToken(BotHarness bot)
    {
        var records = bot.Logs.GetSnapshot();
        records.Should().NotBeEmpty();
        foreach (var record in records)
            $"{record.Message} {record.Exception}".Should().NotContain(SecretPart).And.NotContain(BotHarness.Token);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = BotApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        return TelegramHost.Build(builder);
    }
}
