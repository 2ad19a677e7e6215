using Bot.Core.Reminders;

namespace Bot.Core.Tests.Reminders;

public sealed class ReminderPlannerSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 0, 0, SampleEvents.Shanghai);

    [Fact]
    public void I_get_one_reminder_per_lead_time_plus_starting_now_with_deterministic_keys()
    {
        // Arrange
        var evt = SampleEvents.Channel("channel-24", Start);

        // Act
        var plan = ReminderPlanner.Plan([evt], [TimeSpan.FromDays(1), TimeSpan.FromMinutes(10)], Now);

        // Assert
        plan.Select(p => (p.Key, p.FireAt)).Should().BeEquivalentTo(new[]
        {
            ("reminder:channel-24:1d", Start.AddDays(-1)),
            ("reminder:channel-24:10m", Start.AddMinutes(-10)),
            ("reminder:channel-24:0m", Start),
        });
    }

    [Fact]
    public void Ended_events_and_events_without_a_start_are_not_planned()
    {
        // Arrange
        var past = SampleEvents.Channel("old", Now.AddHours(-3));
        var undated = SampleEvents.Channel("undated", Start) with { Start = null };

        // Act
        var plan = ReminderPlanner.Plan([past, undated], LeadTime.Defaults, Now);

        // Assert
        plan.Should().BeEmpty();
    }

    [Fact]
    public void An_event_without_an_end_counts_as_running_for_two_hours()
    {
        // Arrange
        var running = SampleEvents.Channel("running", Now.AddMinutes(-90));

        // Act
        var plan = ReminderPlanner.Plan([running], LeadTime.Defaults, Now);

        // Assert
        plan.Should().NotBeEmpty("it started 90 minutes ago and is assumed to last two hours");
        ReminderPlanner.HasEnded(running, Now.AddMinutes(31)).Should().BeTrue();
    }

    [Fact]
    public void An_event_whose_page_gives_only_a_day_gets_no_timed_reminders()
    {
        // Arrange
        var dayOnly = SampleEvents.Channel("anniversary", Start) with { HasClockTime = false };
        var timed = SampleEvents.Channel("channel-24", Start);

        // Act
        var plan = ReminderPlanner.Plan([dayOnly, timed], LeadTime.Defaults, Now);

        // Assert
        plan.Should().NotBeEmpty().And.OnlyContain(p => p.EventId == "channel-24");
    }
}
