using Bot.Storage;
using Bot.Storage.Sqlite;

namespace Bot.Tests.Storage;

public sealed class OutboxStoreSpecs
{
    [Fact]
    public async Task An_announcement_is_queued_at_most_once_per_chat()
    {
        // Arrange
        using var temp = new TempDatabase();
        var messages = new[] { new OutboxMessage("reminder:e:1h", 1, "a"), new OutboxMessage("reminder:e:1h", 2, "b") };

        // Act
        var first = await temp.Outbox.EnqueueAsync(messages);
        var again = await temp.Outbox.EnqueueAsync(messages);

        // Assert
        (first, again).Should().Be((2, 0));
        (await temp.Outbox.PendingAsync(10)).Select(e => e.ChatId).Should().Equal(1, 2);
    }

    [Fact]
    public async Task Only_rows_marked_sent_leave_the_pending_list_and_that_survives_a_restart()
    {
        // Arrange
        using var temp = new TempDatabase();
        await temp.Outbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => new OutboxMessage("k", i, "x")));
        var pending = await temp.Outbox.PendingAsync(10);

        // Act
        await temp.Outbox.MarkSentAsync(pending[0].Id);
        await temp.Outbox.MarkDroppedAsync(pending[1].Id, "chat not found");
        var afterRestart = await new SqliteOutboxStore(temp.Open(), temp.Time).PendingAsync(10);

        // Assert
        afterRestart.Select(e => e.ChatId).Should().Equal(3, 4, 5);
        (await temp.Outbox.CountAsync("sent")).Should().Be(1);
        (await temp.Outbox.CountAsync("dropped")).Should().Be(1);
    }

    [Fact]
    public async Task Pending_rows_of_a_migrated_group_follow_it_to_the_new_id()
    {
        // Arrange
        using var temp = new TempDatabase();
        await temp.Outbox.EnqueueAsync([new OutboxMessage("k1", -5, "x", IsGroup: true), new OutboxMessage("k2", -5, "y", IsGroup: true)]);

        // Act
        await temp.Outbox.RetargetAsync(-5, -1005);

        // Assert
        (await temp.Outbox.PendingAsync(10)).Select(e => (e.AnnouncementKey, e.ChatId)).Should().Equal(("k1", -1005L), ("k2", -1005L));
    }
}
