using Bot.Storage;

namespace Bot.Tests.Storage;

public abstract class OutboxStoreSpecs
{
    private protected abstract Task<StorageBackend> CreateAsync();

    [StorageFact]
    public async Task An_announcement_is_queued_at_most_once_per_chat()
    {
        // Arrange
        await using var temp = await CreateAsync();
        var messages = new[] { new OutboxMessage("reminder:e:1h", 1, "a"), new OutboxMessage("reminder:e:1h", 2, "b") };

        // Act
        var first = await temp.Outbox.EnqueueAsync(messages);
        var again = await temp.Outbox.EnqueueAsync(messages);

        // Assert
        (first, again).Should().Be((2, 0));
        (await temp.Outbox.PendingAsync(10)).Select(e => e.ChatId).Should().Equal(1, 2);
    }

    [StorageFact]
    public async Task Only_rows_marked_sent_leave_the_pending_list_and_that_survives_a_restart()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Outbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => new OutboxMessage("k", i, "x")));
        var pending = await temp.Outbox.PendingAsync(10);

        // Act
        await temp.Outbox.MarkSentAsync(pending[0].Id);
        await temp.Outbox.MarkDroppedAsync(pending[1].Id, "chat not found");
        var afterRestart = await (await temp.RestartAsync()).Outbox.PendingAsync(10);

        // Assert
        afterRestart.Select(e => e.ChatId).Should().Equal(3, 4, 5);
        (await temp.Outbox.CountAsync("sent")).Should().Be(1);
        (await temp.Outbox.CountAsync("dropped")).Should().Be(1);
    }

    [StorageFact]
    public async Task A_pending_row_keeps_when_it_was_queued_how_often_it_failed_and_why()
    {
        // Arrange
        await using var temp = await CreateAsync();
        var queuedAt = temp.Time.GetUtcNow();
        await temp.Outbox.EnqueueAsync([new OutboxMessage("digest:2026-12", 9, "<b>x</b>", IsGroup: true, ThreadId: 3)]);
        var row = (await temp.Outbox.PendingAsync(10)).Single();
        temp.Time.Advance(TimeSpan.FromMinutes(2));

        // Act
        await temp.Outbox.RecordFailureAsync(row.Id, "502 Bad Gateway");
        await temp.Outbox.RecordFailureAsync(row.Id, "timeout");
        var again = (await (await temp.RestartAsync()).Outbox.PendingAsync(10)).Single();

        // Assert
        again.Should().Be(new OutboxEntry(row.Id, "digest:2026-12", 9, 3, true, "<b>x</b>", 2, queuedAt, "timeout"));
        again.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [StorageFact]
    public async Task Reminders_and_the_other_announcements_are_read_as_two_lanes()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Outbox.EnqueueAsync([
            new OutboxMessage("reminder:e1:1h", 1, "r"), new OutboxMessage("media:e0", 1, "m"),
            new OutboxMessage("reminder:e1:1h", 2, "r"), new OutboxMessage("digest:w49", 2, "d")]);

        // Act
        var reminders = await temp.Outbox.PendingAsync(10, reminders: true);
        var others = await temp.Outbox.PendingAsync(10, reminders: false);

        // Assert
        reminders.Select(e => (e.AnnouncementKey, e.ChatId)).Should().Equal(("reminder:e1:1h", 1L), ("reminder:e1:1h", 2L));
        others.Select(e => (e.AnnouncementKey, e.ChatId)).Should().Equal(("media:e0", 1L), ("digest:w49", 2L));
        (await temp.Outbox.ChatsAnnouncedAsync("reminder:e1:")).Should().BeEquivalentTo([1L, 2L]);
    }

    [StorageFact]
    public async Task Pending_rows_of_a_migrated_group_follow_it_to_the_new_id()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Outbox.EnqueueAsync([new OutboxMessage("k1", -5, "x", IsGroup: true), new OutboxMessage("k2", -5, "y", IsGroup: true)]);

        // Act
        await temp.Outbox.RetargetAsync(-5, -1005);

        // Assert
        (await temp.Outbox.PendingAsync(10)).Select(e => (e.AnnouncementKey, e.ChatId)).Should().Equal(("k1", -1005L), ("k2", -1005L));
    }
}

public sealed class SqliteOutboxStoreSpecs : OutboxStoreSpecs
{
    private protected override Task<StorageBackend> CreateAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

public sealed class PostgresOutboxStoreSpecs : OutboxStoreSpecs, IRunsOnPostgres
{
    private protected override async Task<StorageBackend> CreateAsync() => await PostgresBackend.CreateAsync();
}
