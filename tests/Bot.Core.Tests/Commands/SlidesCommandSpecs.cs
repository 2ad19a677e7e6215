using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class SlidesCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "资料 · ")]
    [InlineData("en", "Slides · ")]
    public void Slides_for_a_talk_find_its_deck_in_the_events_slide_list(string language, string heading)
    {
        // Act
        var reply = _bot.Single("/slides 服务发现的大规模实践", language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(heading).And.Contain("蚂蚁服务发现的大规模实践与展望").And.Contain(SampleEvents.RegistrySlides);
    }

    [Fact]
    public void Slides_of_a_speaker_list_each_talk_with_its_deck_or_say_there_is_none()
    {
        var plain = _bot.Single("/slides 仪式", "en").Plain();

        plain.Should().Contain(SampleEvents.LayottoSlides)
            .And.Contain("https://example.org/slides/layotto-intro.pdf")
            .And.Contain("No slides were published for “Layotto 与 WebAssembly”");
    }

    [Fact]
    public void Slides_of_an_event_named_by_series_list_every_deck()
    {
        var plain = _bot.Single("/slides meetup 14", "en").Plain();

        plain.Should().Contain(SampleEvents.LayottoSlides).And.Contain(SampleEvents.RegistrySlides);
    }

    [Theory]
    [InlineData("zh", "这场活动没有公开资料")]
    [InlineData("en", "This event published no slides")]
    public void An_event_that_published_none_is_explained(string language, string expected) =>
        _bot.Single("/slides channel 24", language).Plain().Should().Contain(expected);

    [Fact]
    public void Without_an_argument_the_latest_event_with_slides_is_shown() =>
        _bot.Single("/slides", "en").Plain().Should().StartWith("Slides · SOFAMeetup 云原生专场");
}
