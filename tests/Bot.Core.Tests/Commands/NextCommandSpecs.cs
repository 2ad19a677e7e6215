using Bot.Core.Conversation;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class NextCommandSpecs
{
    [Theory]
    [InlineData("zh", "下一场活动", "2026-12-03 周四 19:00–20:30 (UTC+08:00)", "线上直播")]
    [InlineData("en", "Next event", "2026-12-03 Thu 19:00–20:30 (UTC+08:00)", "online")]
    public void The_next_event_shows_time_with_offset_form_live_room_and_talks(string language, string heading, string time, string form)
    {
        // Act
        var reply = new ConversationDriver().Single("/next", language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(heading).And.Contain(time).And.Contain(form)
            .And.Contain("https://example.org/live/channel-40").And.Contain("Koupleless 模块化实践 — 赵六 (小六) · 蚂蚁集团");
    }

    [Theory]
    [InlineData("zh", "线上直播")]
    [InlineData("en", "online")]
    public void The_series_label_is_not_repeated_under_a_title_that_starts_with_it(string language, string form)
    {
        var lines = new ConversationDriver().Single("/next", language).Plain().Split('\n');

        lines[1].Should().StartWith("SOFAChannel#40：");
        lines[2].Should().Be(form);
    }

    [Theory]
    [InlineData("zh", "暂时没有已公布的后续活动。最近一场（已结束）：")]
    [InlineData("en", "No upcoming event is announced yet. The latest one (past):")]
    public void The_past_event_heading_reads_as_one_line_in_each_language(string language, string expected)
    {
        var reply = new ConversationDriver(SampleEvents.All.Where(e => e != SampleEvents.Upcoming)).Single("/next", language);

        reply.Plain().Split('\n')[0].Should().Be(expected);
    }

    [Fact]
    public void Times_are_shown_in_the_zone_the_chat_chose()
    {
        var reply = new ConversationDriver(preferences: new FixedZone("Europe/Berlin")).Single("/next", "en");

        reply.Plain().Should().Contain("2026-12-03 Thu 12:00–13:30 (UTC+01:00)");
    }

    [Theory]
    [InlineData("zh", "暂时没有已公布的后续活动", "已结束")]
    [InlineData("en", "No upcoming event is announced yet", "past")]
    public void When_nothing_is_upcoming_the_latest_past_event_is_shown_labelled_as_past(string language, string none, string past)
    {
        var reply = new ConversationDriver(SampleEvents.All.Where(e => e != SampleEvents.Upcoming)).Single("/next", language);

        reply.Plain().Should().StartWith(none).And.Contain("SOFAChannel#32").And.Contain(past);
    }

    [Fact]
    public void Next_meetup_skips_the_live_streams_and_says_when_none_is_announced()
    {
        var meetup = SampleEvents.Meetup10 with { Id = "zh-sofa-meetup-30", Number = 30, Start = SampleEvents.At(2026, 12, 19, 13, 30), End = SampleEvents.At(2026, 12, 19, 17, 0) };

        var found = new ConversationDriver([.. SampleEvents.All, meetup]).Single("/next meetup", "en").Plain();
        var none = new ConversationDriver().Single("/next meetup", "en").Plain();

        found.Should().StartWith("Next event").And.Contain("2026-12-19").And.NotContain("SOFAChannel#40");
        none.Should().StartWith("No upcoming event is announced yet. The latest one (past):").And.Contain("SOFAMeetup 云原生专场");
    }

    private sealed class FixedZone(string zone) : IChatPreferences
    {
        public ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(zone);
    }
}
