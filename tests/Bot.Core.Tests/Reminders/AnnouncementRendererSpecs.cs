using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Reminders;

namespace Bot.Core.Tests.Reminders;

public sealed class AnnouncementRendererSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 0, 0, SampleEvents.Shanghai);

    private static Subscription Chat(string zone = "Asia/Shanghai", string? language = "en", SeriesFilter filter = SeriesFilter.All) =>
        new(42, LeadTime.Defaults, filter, zone, language);

    [Fact]
    public void A_chat_in_Berlin_sees_the_start_in_its_own_local_time_with_the_offset()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start);

        // Act
        var text = AnnouncementRenderer.Reminder(evt, TimeSpan.FromHours(1), Start.AddHours(-1), Chat("Europe/Berlin"));

        // Assert
        text.Should().Contain("2026-12-03 Thu 12:00 (UTC+01:00)").And.Contain("starts in 1 hour");
    }

    [Fact]
    public void A_chinese_chat_gets_the_reminder_in_chinese_in_Shanghai_time()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start);

        // Act
        var text = AnnouncementRenderer.Reminder(evt, TimeSpan.FromDays(1), Start.AddDays(-1), Chat(language: "zh-hans"));

        // Assert
        text.Should().Contain("将在 1 天后开始").And.Contain("2026-12-03 周四 19:00 (UTC+08:00)").And.Contain("直播间");
    }

    [Fact]
    public void Content_is_html_escaped_and_the_talks_are_listed()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start) with { Title = "<script>&" };

        // Act
        var text = AnnouncementRenderer.Reminder(evt, TimeSpan.FromHours(1), Start.AddHours(-1), Chat());

        // Assert
        text.Should().Contain("<b>&lt;script&gt;&amp;</b>").And.Contain("Runtime APIs &lt;for&gt; everyone — 周群力");
    }

    [Theory]
    [InlineData("en", "⏰", "starts in 1 minute", "is live now")]
    [InlineData("zh-hans", "⏰", "将在 1 分钟后开始", "正在直播")]
    public void A_one_minute_reminder_says_it_starts_in_one_minute_not_that_it_is_live(string language, string icon, string expected, string notLive)
    {
        // Act
        var text = AnnouncementRenderer.Reminder(SampleEvents.Channel("c", Start), TimeSpan.FromMinutes(1), Start.AddMinutes(-1), Chat(language: language));

        // Assert
        text.Should().StartWith(icon).And.Contain(expected).And.NotContain(notLive);
    }

    [Theory]
    [InlineData("en", "is starting now", "is live now")]
    [InlineData("zh-hans", "马上开始", "正在直播")]
    public void A_one_minute_reminder_firing_late_seconds_before_the_start_says_it_is_starting_not_that_it_is_live(string language, string expected, string notLive)
    {
        // Act: due a minute before the start, it fires 50 s late (a busy scheduler), 10 s before the start.
        var text = AnnouncementRenderer.Reminder(SampleEvents.Channel("c", Start), TimeSpan.FromMinutes(1), Start.AddSeconds(-10), Chat(language: language));

        // Assert
        text.Should().StartWith("⏰").And.Contain(expected).And.NotContain(notLive);
    }

    [Fact]
    public void At_the_start_the_post_says_live_now_with_the_live_room_link()
    {
        // Act
        var text = AnnouncementRenderer.Reminder(SampleEvents.Channel("c", Start), LeadTime.Now, Start, Chat());

        // Assert
        text.Should().StartWith("🔴").And.Contain("is live now").And.Contain("<a href=\"https://live.example.org/room?id=1&amp;x=2\">Live room</a>");
    }

    [Fact]
    public void The_starts_own_post_is_live_even_when_the_clock_reads_a_moment_before_the_start()
    {
        // Act
        var text = AnnouncementRenderer.Reminder(SampleEvents.Channel("c", Start), LeadTime.Now, Start.AddMilliseconds(-2), Chat());

        // Assert
        text.Should().StartWith("🔴").And.Contain("is live now");
    }

    [Fact]
    public void The_digest_lists_the_weeks_events_soonest_first_and_respects_the_series_filter()
    {
        // Arrange
        var now = Start.AddDays(-2);
        var events = new[]
        {
            SampleEvents.Meetup("meetup-15", Start.AddDays(1)),
            SampleEvents.Channel("channel-24", Start),
            SampleEvents.Channel("next-month", Start.AddDays(30)),
            SampleEvents.Channel("past", now.AddDays(-1)),
        };

        // Act
        var all = AnnouncementRenderer.Digest(events, now, Chat());
        var channelOnly = AnnouncementRenderer.Digest(events, now, Chat(filter: SeriesFilter.Channel));

        // Assert
        all.Should().NotBeNull();
        all!.Split('\n').Should().HaveCount(3);
        all.IndexOf("SOFAChannel", StringComparison.Ordinal).Should().BeLessThan(all.IndexOf("SOFAMeetup", StringComparison.Ordinal));
        channelOnly.Should().NotContain("SOFAMeetup");
    }

    [Fact]
    public void The_digest_shows_an_event_whose_page_gives_only_a_day_with_its_date_and_no_made_up_time()
    {
        // Arrange: midnight in Shanghai is still the previous evening in Berlin
        var day = new DateTimeOffset(2026, 12, 5, 0, 0, 0, SampleEvents.Shanghai);
        var evt = SampleEvents.Meetup("anniversary", day) with { HasClockTime = false };

        // Act
        var digest = AnnouncementRenderer.Digest([evt], day.AddDays(-2), Chat() with { TimeZoneId = "Europe/Berlin" });

        // Assert
        digest.Should().Contain("2026-12-05 Sat (time not announced)").And.NotContain("00:00").And.NotContain("2026-12-04");
    }

    [Fact]
    public void There_is_no_digest_in_a_week_without_events()
    {
        // Act
        var digest = AnnouncementRenderer.Digest([SampleEvents.Channel("far", Start.AddDays(20))], Start, Chat());

        // Assert
        digest.Should().BeNull();
    }

    [Fact]
    public void The_media_post_lists_slides_and_the_replay()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start) with
        {
            Slides = [new SlideLink("https://example.org/deck.pdf", "Deck")],
            ReplayUrl = "https://example.org/replay",
        };

        // Act
        var text = AnnouncementRenderer.MediaOut(evt, Chat());

        // Assert
        text.Should().Contain("are out").And.Contain("<a href=\"https://example.org/deck.pdf\">Deck</a>").And.Contain("▶️ <a href=\"https://example.org/replay\">Replay</a>");
        AnnouncementRenderer.MediaOut(SampleEvents.Channel("bare", Start), Chat()).Should().BeNull();
    }
}
