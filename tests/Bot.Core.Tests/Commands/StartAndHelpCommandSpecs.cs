using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class StartAndHelpCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "你好！", "/agenda — 下一场或指定活动的议程")]
    [InlineData("en", "Hi!", "/agenda — Agenda of the next or a named event")]
    public void Start_greets_and_lists_the_commands(string language, string greeting, string agendaLine) =>
        _bot.Single("/start", language).Plain().Should().StartWith(greeting).And.Contain(agendaLine);

    [Fact]
    public void A_deep_link_to_an_event_opens_its_card()
    {
        // Arrange
        var payload = StartCommand.LinkTo(_bot.Catalog.Current.KeyOf(SampleEvents.Meetup14));

        // Act
        var reply = _bot.Single("/start " + payload, "en");

        // Assert
        payload.Should().MatchRegex("^[A-Za-z0-9_-]{1,64}$");
        reply.Plain().Should().StartWith("SOFAMeetup 云原生专场");
    }

    [Fact]
    public void A_deep_link_to_a_speaker_opens_their_card()
    {
        var speaker = _bot.Catalog.Current.FindSpeakersByName("仪式").Single();
        var payload = StartCommand.LinkToSpeaker(speaker.Id);

        payload.Should().MatchRegex("^[A-Za-z0-9_-]{1,64}$");
        _bot.Single("/start " + payload, "zh").Plain().Should().StartWith("周群力");
    }

    [Fact]
    public void A_deep_link_may_name_a_latin_speaker_with_underscores_for_spaces() =>
        _bot.Single("/start speaker_alice_wang", "en").Plain().Should().StartWith("Alice Wang");

    [Theory]
    [InlineData("event_zzzzzzzz", "en", "That link points to an event or speaker I no longer know. Hi!")]
    [InlineData("event_zzzz", "zh", "这个链接指向的活动或讲师已找不到了。你好！")]
    [InlineData("speaker_nobody", "en", "That link points to an event or speaker I no longer know. Hi!")]
    [InlineData("something-else", "en", "That link points to an event or speaker I no longer know. Hi!")]
    public void An_unknown_deep_link_is_said_so_before_the_greeting_and_the_commands(string payload, string language, string start)
    {
        var plain = _bot.Single("/start " + payload, language).Plain();

        plain.Should().StartWith(start).And.Contain("/help");
    }

    [Fact]
    public void A_plain_start_only_greets() =>
        _bot.Single("/start", "en").Plain().Should().StartWith("Hi!");

    [Theory]
    [InlineData("zh", "命令")]
    [InlineData("en", "Commands")]
    public void Help_is_generated_from_every_commands_description(string language, string heading)
    {
        var plain = _bot.Single("/help", language).Plain();

        plain.Should().StartWith(heading);
        foreach (var command in CoreCommands.Create())
        {
            plain.Should().Contain($"/{command.Name} — {command.Describe(language)}");
        }
    }
}
