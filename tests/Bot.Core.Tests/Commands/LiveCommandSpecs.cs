using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class LiveCommandSpecs
{
    [Theory]
    [InlineData("zh", "直播间 · SOFAChannel#40", "直播中")]
    [InlineData("en", "Live room · SOFAChannel#40", "live now")]
    public void During_a_stream_the_live_room_is_given_and_marked_live(string language, string heading, string live)
    {
        // Arrange
        var bot = new ConversationDriver(now: SampleEvents.At(2026, 12, 3, 19, 15));

        // Act
        var reply = bot.Single("/live", language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(heading).And.Contain(live).And.Contain("https://example.org/live/channel-40");
        reply.AllButtons().Should().ContainSingle(b => b.Url == "https://example.org/live/channel-40");
    }

    [Fact]
    public void Before_a_stream_the_next_live_room_is_given_without_the_live_mark() =>
        new ConversationDriver().Single("/live", "en").Plain().Should().Contain("https://example.org/live/channel-40").And.NotContain("live now");

    [Theory]
    [InlineData("zh", "当前没有直播或后续活动。最近一场有回放的活动：")]
    [InlineData("en", "Nothing is live or upcoming. The newest replay:")]
    public void When_everything_is_over_replays_are_offered(string language, string heading)
    {
        var bot = new ConversationDriver([SampleEvents.Channel24]);

        bot.Single("/live", language).Plain().Should().StartWith(heading).And.Contain("https://example.org/replay/channel-24");
    }

    [Fact]
    public void When_everything_is_over_and_the_latest_event_has_no_replay_the_newest_replay_there_is_is_offered()
    {
        // Arrange: meetup 14 (2022, no replay) is newer than channel 24 (2021, replay)
        var bot = new ConversationDriver([SampleEvents.Meetup14, SampleEvents.Channel24]);

        // Act
        var plain = bot.Single("/live", "en").Plain();

        // Assert
        plain.Should().Contain("Replay · SOFAChannel#24").And.Contain("https://example.org/replay/channel-24").And.NotContain("No replay");
    }

    [Fact]
    public void An_upcoming_event_held_in_person_gives_its_venue_and_says_there_is_no_stream()
    {
        var meetup = SampleEvents.Meetup10 with { Start = SampleEvents.At(2026, 12, 5, 13, 30), End = SampleEvents.At(2026, 12, 5, 17, 0) };

        var plain = new ConversationDriver([meetup]).Single("/live", "en").Plain();

        plain.Should().Contain("杭州 · 某会议中心").And.Contain("held in person");
    }
}
