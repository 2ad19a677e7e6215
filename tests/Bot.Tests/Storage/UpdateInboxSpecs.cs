using Bot.Storage;
using FakeBotApi;
using Telegram.Bot.Types;

namespace Bot.Tests.Storage;

public abstract class UpdateInboxSpecs
{
    private protected abstract Task<StorageBackend> CreateAsync();

    private static Update Message(int id, string text)
    {
        var user = FakeChats.User(7, "zh-hans");
        return new Update { Id = id, Message = new Message { Id = id, Chat = FakeChats.Private(user), From = user, Text = text, Date = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) } };
    }

    [StorageFact]
    public async Task Kept_updates_survive_a_restart_until_handled_and_come_back_as_they_were()
    {
        // Arrange
        await using var temp = await CreateAsync();
        await temp.Inbox.AddAsync([Message(10, "/agenda 议程"), Message(11, "/next"), Message(12, "/slides")], CancellationToken.None);

        // Act
        await temp.Inbox.RemoveThroughAsync(10, CancellationToken.None);
        var (lastReceived, pending) = await temp.Open().Inbox.OpenAsync(CancellationToken.None);

        // Assert
        lastReceived.Should().Be(12);
        pending.Select(u => (u.Id, u.Message!.Text, u.Message.Chat.Id, u.Message.From!.LanguageCode))
            .Should().Equal((11, "/next", 7L, "zh-hans"), (12, "/slides", 7L, "zh-hans"));
    }

    [StorageFact]
    public async Task An_update_kept_twice_is_reported_new_once_and_the_last_received_id_never_goes_back()
    {
        // Arrange
        await using var temp = await CreateAsync();
        var inbox = temp.Inbox;

        // Act
        var first = await inbox.AddAsync([Message(5, "/help")], CancellationToken.None);
        var again = await inbox.AddAsync([Message(5, "/help")], CancellationToken.None);
        await inbox.AddAsync([Message(20, "/next")], CancellationToken.None);
        await inbox.AddAsync([Message(6, "late webhook delivery")], CancellationToken.None);
        await inbox.RemoveThroughAsync(20, CancellationToken.None);
        var (lastReceived, pending) = await inbox.OpenAsync(CancellationToken.None);

        // Assert
        first.Should().ContainSingle();
        again.Should().BeEmpty();
        lastReceived.Should().Be(20);
        pending.Should().BeEmpty();
    }

    [StorageFact]
    public async Task A_first_start_has_nothing_received_and_nothing_pending()
    {
        // Arrange
        await using var temp = await CreateAsync();

        // Act
        var (lastReceived, pending) = await temp.Inbox.OpenAsync(CancellationToken.None);

        // Assert
        lastReceived.Should().BeNull();
        pending.Should().BeEmpty();
    }

    [StorageFact]
    public async Task An_update_in_hand_at_three_stops_in_a_row_is_dropped_as_poison_and_those_queued_behind_it_stay()
    {
        // Arrange: an update whose handling took the process down every time (nothing removes it), and two updates
        // queued behind it that no worker reached (the same chat, or every worker busy with slow chats).
        await using var temp = await CreateAsync();
        var first = temp.Inbox;
        await first.AddAsync([Message(40, "/agenda crash"), Message(41, "/next"), Message(42, "/help")], CancellationToken.None);
        await first.MarkInHandAsync(40, CancellationToken.None);

        // Act: each start takes the crashing update in hand again before the process goes down.
        var starts = new List<int[]>();
        for (var start = 0; start <= IUpdateInbox.MaxRestarts; start++)
        {
            var inbox = temp.Open().Inbox;
            var (_, pending) = await inbox.OpenAsync(CancellationToken.None);
            starts.Add([.. pending.Select(u => u.Id)]);
            if (pending.Any(u => u.Id == 40)) await inbox.MarkInHandAsync(40, CancellationToken.None);
        }

        // Assert
        int[][] expected = [[40, 41, 42], [40, 41, 42], [40, 41, 42], [41, 42]];
        starts.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }
}

public sealed class SqliteUpdateInboxSpecs : UpdateInboxSpecs
{
    private protected override Task<StorageBackend> CreateAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

public sealed class PostgresUpdateInboxSpecs : UpdateInboxSpecs, IRunsOnPostgres
{
    private protected override async Task<StorageBackend> CreateAsync() => await PostgresBackend.CreateAsync();
}
