using Bot.Core.Catalog;
using Bot.Core.Reminders;

namespace Bot.Core.Tests.Reminders;

public sealed class MisfirePolicySpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 11, 0, 0, TimeSpan.Zero);
    private static readonly Subscription Chat = new(42, [TimeSpan.FromDays(1), TimeSpan.FromHours(1)], SeriesFilter.All, "Asia/Shanghai", "en");

    [Fact]
    public void A_late_reminder_for_an_event_that_has_not_ended_is_sent_once_with_honest_wording()
    {
        // Arrange: the bot was down at start − 1h and comes back 5 minutes before the start.
        var evt = SampleEvents.Channel("c", Start);
        var now = Start.AddMinutes(-5);

        // Act
        var verdict = MisfirePolicy.Decide(evt, TimeSpan.FromHours(1), Chat, now);
        var text = AnnouncementRenderer.Reminder(evt, TimeSpan.FromHours(1), now, Chat);

        // Assert
        verdict.Should().Be(ReminderVerdict.Send);
        text.Should().Contain("starts in 5 minutes");
    }

    [Fact]
    public void A_late_reminder_after_the_start_says_how_long_ago_it_started_and_only_the_shortest_one_is_sent()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start);
        var now = Start.AddMinutes(12);

        // Act
        var dayBefore = MisfirePolicy.Decide(evt, TimeSpan.FromDays(1), Chat, now);
        var hourBefore = MisfirePolicy.Decide(evt, TimeSpan.FromHours(1), Chat, now);
        var live = MisfirePolicy.Decide(evt, LeadTime.Now, Chat, now);
        var text = AnnouncementRenderer.Reminder(evt, LeadTime.Now, now, Chat);

        // Assert
        (dayBefore, hourBefore, live).Should().Be((ReminderVerdict.DropSuperseded, ReminderVerdict.DropSuperseded, ReminderVerdict.Send));
        text.Should().Contain("started 12 minutes ago").And.Contain("https://live.example.org/room?id=1&amp;x=2");
    }

    [Fact]
    public void A_reminder_whose_event_has_ended_or_vanished_is_dropped()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start, Start.AddHours(1));

        // Act
        var ended = MisfirePolicy.Decide(evt, TimeSpan.FromHours(1), Chat, Start.AddHours(1));
        var gone = MisfirePolicy.Decide(null, TimeSpan.FromHours(1), Chat, Start);

        // Assert
        ended.Should().Be(ReminderVerdict.DropEnded);
        gone.Should().Be(ReminderVerdict.DropEventGone);
    }

    [Fact]
    public void An_on_time_reminder_is_sent()
    {
        // Arrange
        var evt = SampleEvents.Channel("c", Start);

        // Act
        var verdict = MisfirePolicy.Decide(evt, TimeSpan.FromDays(1), Chat, Start.AddDays(-1));

        // Assert
        verdict.Should().Be(ReminderVerdict.Send);
    }
}
