using Bot.Telegram.Receiving;

namespace Bot.Tests.Telegram;

public sealed class HandledUpdatesSpecs
{
    [Fact]
    public void The_handled_prefix_never_passes_an_update_still_being_handled()
    {
        // Arrange
        var handled = new HandledUpdates();
        foreach (var id in new[] { 10, 11, 12, 13 }) handled.Received(id);

        // Act
        handled.Completed(11);
        handled.Completed(13);
        var whileTenRuns = handled.LastHandled;
        handled.Completed(10);
        var whileTwelveRuns = handled.LastHandled;
        handled.Completed(12);

        // Assert
        whileTenRuns.Should().Be(9);
        whileTwelveRuns.Should().Be(11);
        handled.LastHandled.Should().Be(13);
        handled.WhenIdle().IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void Nothing_received_means_nothing_handled_and_idle()
    {
        var handled = new HandledUpdates();

        handled.LastHandled.Should().BeNull();
        handled.WhenIdle().IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void Waiting_beyond_an_id_ends_only_when_the_handled_prefix_passes_it()
    {
        // Arrange
        var handled = new HandledUpdates();
        foreach (var id in new[] { 1, 2 }) handled.Received(id);
        handled.Completed(1);

        // Act
        var beyondOne = handled.WhenBeyond(1);
        var pendingWhileTwoRuns = !beyondOne.IsCompleted;
        handled.Completed(2);

        // Assert
        handled.WhenBeyond(null).IsCompleted.Should().BeTrue();
        pendingWhileTwoRuns.Should().BeTrue();
        beyondOne.IsCompleted.Should().BeTrue();
        handled.WhenBeyond(2).IsCompleted.Should().BeFalse("nothing beyond 2 has been handled yet");
    }
}
