using Bot.Core.Reminders;
using Bot.Core.Commands;
using Bot.Hosting;
using Bot.Telegram.Handling;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Hosting;

/// <summary>Each mode's composition, built with the container's own checks: every registered service can be made from
/// what is registered (no default left for another feature to replace), and each port has one implementation.</summary>
public sealed class CompositionSpecs
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = BotApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder;
    }

    [Fact]
    public void The_console_chat_composition_builds_with_every_service_resolvable()
    {
        // Act
        var builder = Builder(new() { ["Content:Path"] = "nowhere" });
        using var host = ConsoleHost.Build(builder);

        // Assert
        builder.Services.Where(d => d.ServiceType == typeof(IChatAdmins)).Should().ContainSingle();
        host.Services.GetServices<IBotCommand>().Select(c => c.Name).Should().Contain(["agenda", "subscribe", "tz"]).And.NotContain(["reload", "stats"]);
    }

    [Fact]
    public void The_telegram_composition_builds_with_every_service_resolvable_and_one_implementation_per_port()
    {
        // Act
        var builder = Builder(new() { ["Telegram:Token"] = BotHarness.Token, ["Content:Path"] = "nowhere" });
        using var host = TelegramHost.Build(builder);

        // Assert
        builder.Services.Where(d => d.ServiceType == typeof(IChatAdmins)).Should().ContainSingle()
            .Which.ImplementationType.Should().Be<TelegramChatAdmins>();
        builder.Services.Where(d => d.ServiceType == typeof(TimeProvider)).Should().ContainSingle();
        var commands = host.Services.GetServices<IBotCommand>().ToList();
        commands.Select(c => c.Name).Should().OnlyHaveUniqueItems().And.Contain(["agenda", "subscribe", "reload", "stats"]);
        commands.Where(c => !c.IsListed).Select(c => c.Name).Should().BeEquivalentTo("reload", "stats");
    }
}
