using Bot.Core.Reminders;

namespace Bot.Core.Tests.Reminders;

public sealed class ReminderDiffSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(3);

    [Fact]
    public void New_events_are_scheduled_moved_ones_rescheduled_and_removed_ones_unscheduled()
    {
        // Arrange
        var kept = SampleEvents.Channel("kept", Start);
        var moved = SampleEvents.Channel("moved", Start.AddHours(2));
        var added = SampleEvents.Channel("added", Start);
        var scheduled = new Dictionary<string, DateTimeOffset>
        {
            ["reminder:kept:1h"] = Start.AddHours(-1),
            ["reminder:kept:0m"] = Start,
            ["reminder:moved:1h"] = Start.AddHours(-1),
            ["reminder:moved:0m"] = Start,
            ["reminder:removed:1h"] = Start.AddHours(-1),
        };
        var plan = ReminderPlanner.Plan([kept, moved, added], [TimeSpan.FromHours(1)], Now);

        // Act
        var diff = ReminderDiff.Compute(scheduled, plan, Now);

        // Assert
        diff.ToSchedule.Select(r => r.Key).Should().BeEquivalentTo("reminder:added:1h", "reminder:added:0m");
        diff.ToReschedule.Select(r => (r.Key, r.FireAt)).Should().BeEquivalentTo(new[]
        {
            ("reminder:moved:1h", Start.AddHours(1)),
            ("reminder:moved:0m", Start.AddHours(2)),
        });
        diff.ToRemove.Should().Equal("reminder:removed:1h");
    }

    [Fact]
    public void Past_fire_times_are_ignored_but_an_overdue_one_already_scheduled_is_kept_for_the_misfire_rule()
    {
        // Arrange: the event starts in 30 minutes; its 1h reminder is overdue.
        var soon = SampleEvents.Channel("soon", Now.AddMinutes(30));
        var plan = ReminderPlanner.Plan([soon], [TimeSpan.FromHours(1)], Now);
        var overdueKnown = new Dictionary<string, DateTimeOffset> { ["reminder:soon:1h"] = Now.AddMinutes(-30) };

        // Act
        var fresh = ReminderDiff.Compute(new Dictionary<string, DateTimeOffset>(), plan, Now);
        var known = ReminderDiff.Compute(overdueKnown, plan, Now);

        // Assert
        fresh.ToSchedule.Select(r => r.Key).Should().Equal("reminder:soon:0m");
        known.ToRemove.Should().BeEmpty();
        known.ToSchedule.Select(r => r.Key).Should().Equal("reminder:soon:0m");
    }

    [Fact]
    public void Applying_the_same_plan_twice_changes_nothing()
    {
        // Arrange
        var plan = ReminderPlanner.Plan([SampleEvents.Channel("a", Start)], LeadTime.Defaults, Now);
        var scheduled = plan.ToDictionary(p => p.Key, p => p.FireAt);

        // Act
        var diff = ReminderDiff.Compute(scheduled, plan, Now);

        // Assert
        diff.IsEmpty.Should().BeTrue();
    }
}
