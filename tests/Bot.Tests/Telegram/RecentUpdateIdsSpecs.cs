using Bot.Telegram.Receiving;

namespace Bot.Tests.Telegram;

public sealed class RecentUpdateIdsSpecs
{
    [Fact]
    public void Only_the_latest_ids_up_to_the_capacity_are_remembered()
    {
        // Arrange
        var recent = new RecentUpdateIds(capacity: 3);

        // Act
        foreach (var id in new[] { 1, 2, 3, 2, 4 }) recent.Add(id);

        // Assert
        new[] { 1, 2, 3, 4 }.Select(recent.Contains).Should().Equal(false, true, true, true);
    }
}
