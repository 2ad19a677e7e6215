using Bot.Telegram;

namespace Bot.Tests.Telegram;

public sealed class HandledUpdatesSpecs
{
    [Fact]
    public void The_offset_to_save_never_passes_an_update_still_being_handled()
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
    public void Nothing_received_means_nothing_to_save_and_idle()
    {
        var handled = new HandledUpdates();

        handled.LastHandled.Should().BeNull();
        handled.WhenIdle().IsCompleted.Should().BeTrue();
    }
}
