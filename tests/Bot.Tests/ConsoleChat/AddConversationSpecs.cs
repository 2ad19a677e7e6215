using Bot.Content;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.ConsoleChat;

public sealed class AddConversationSpecs
{
    [Fact]
    public async Task A_command_the_host_registers_is_routed_listed_in_help_and_given_the_chats_zone()
    {
        // Arrange: what the host's features do: add commands, provide the chats' zones.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Path"] = "nowhere" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddContent(configuration);
        services.AddConversation();
        services.AddSingleton<IBotCommand, ZoneCommand>();
        services.AddSingleton<IChatPreferences, BerlinPreferences>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var conversation = provider.GetRequiredService<IConversation>();
        var chat = new ChatRef(5, ChatKind.Private);

        // Act
        var zone = await conversation.HandleMessageAsync(new IncomingMessage(chat, new Sender(5, "en"), "/zone"));
        var help = await conversation.HandleMessageAsync(new IncomingMessage(chat, new Sender(5, "en"), "/help"));

        // Assert
        zone.Should().ContainSingle().Which.Html.Should().Be("Europe/Berlin");
        help.Single().Html.Should().Contain("/zone — Shows the zone");
        conversation.Commands("en").Select(c => c.Name).Should().Contain("zone").And.Contain("agenda");
    }

    private sealed class ZoneCommand : IBotCommand
    {
        public string Name => "zone";

        public string Describe(string? languageCode) => "Shows the zone";

        public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<BotReply>>([new BotReply(context.View.Zone.Id)]);
    }

    private sealed class BerlinPreferences : IChatPreferences
    {
        public ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>("Europe/Berlin");
    }
}
