using Bot.Storage;

namespace Bot.Tests.Storage;

public abstract class AnnouncementLogSpecs
{
    private protected abstract Task<StorageBackend> CreateAsync();

    [StorageFact]
    public async Task Media_is_known_per_event_once_recorded_and_the_baseline_survives_a_restart()
    {
        // Arrange
        await using var temp = await CreateAsync();
        var before = await temp.Announcements.HasBaselineAsync();

        // Act
        await temp.Announcements.RecordBaselineAsync();
        await temp.Announcements.RecordAsync([("media:e1", "e1", IAnnouncementLog.MediaKind), ("moved:e2", "e2", "moved")]);
        await temp.Announcements.RecordAsync([("media:e1", "e1", IAnnouncementLog.MediaKind), ("media:e3", "e3", IAnnouncementLog.MediaKind)]);
        var restarted = (await temp.RestartAsync()).Announcements;

        // Assert
        before.Should().BeFalse();
        (await restarted.HasBaselineAsync()).Should().BeTrue();
        (await restarted.EventsWithKnownMediaAsync()).Should().BeEquivalentTo(["e1", "e3"]);
    }
}

public sealed class SqliteAnnouncementLogSpecs : AnnouncementLogSpecs
{
    private protected override Task<StorageBackend> CreateAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

public sealed class PostgresAnnouncementLogSpecs : AnnouncementLogSpecs, IRunsOnPostgres
{
    private protected override async Task<StorageBackend> CreateAsync() => await PostgresBackend.CreateAsync();
}
