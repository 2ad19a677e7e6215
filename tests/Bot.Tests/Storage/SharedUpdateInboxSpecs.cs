using Bot.Storage;
using Bot.Storage.Postgres;
using FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;

namespace Bot.Tests.Storage;

/// <summary>The update inbox several receiving instances share (webhook mode on PostgreSQL): one instance per chat at a
/// time, in order, a dead instance's chats taken over once its claims run out, repeats recognised across instances.</summary>
public sealed class SharedUpdateInboxSpecs
{
    private const long Chat = 7;

    private static Update Message(int id, long chat = Chat)
    {
        var user = FakeChats.User(chat);
        return new Update { Id = id, Message = new Message { Id = id, Chat = FakeChats.Private(user), From = user, Text = $"/help {id}", Date = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) } };
    }

    private static PostgresSharedUpdateInbox Instance(PostgresBackend backend) =>
        new(backend.OpenDatabase(), backend.Time, NullLogger<PostgresSharedUpdateInbox>.Instance);

    [PostgresFact]
    public async Task A_chat_is_worked_on_by_one_instance_at_a_time_and_its_updates_come_oldest_first()
    {
        // Arrange: updates of one chat arrive at two instances
        await using var backend = await PostgresBackend.CreateAsync();
        var (first, second) = (Instance(backend), Instance(backend));
        await first.AddAsync(Message(11), Chat, CancellationToken.None);
        await second.AddAsync(Message(10), Chat, CancellationToken.None);

        // Act
        var firstClaims = await first.TryClaimChatAsync(Chat, CancellationToken.None);
        var secondClaims = await second.TryClaimChatAsync(Chat, CancellationToken.None);
        var secondSweeps = await second.ClaimWaitingChatsAsync(10, CancellationToken.None);
        var secondTakes = await second.TakeNextAsync(Chat, CancellationToken.None);
        var taken = await first.TakeNextAsync(Chat, CancellationToken.None);

        // Assert
        firstClaims.Should().BeTrue();
        secondClaims.Should().BeFalse();
        secondSweeps.Should().BeEmpty();
        secondTakes.Should().BeNull("the chat is not the second instance's");
        taken!.Id.Should().Be(10);
    }

    [PostgresFact]
    public async Task A_chat_is_given_up_only_when_nothing_waits_and_then_another_instance_may_claim_it()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var (first, second) = (Instance(backend), Instance(backend));
        await first.AddAsync(Message(1), Chat, CancellationToken.None);
        await first.TryClaimChatAsync(Chat, CancellationToken.None);
        var update = await first.TakeNextAsync(Chat, CancellationToken.None);
        await second.AddAsync(Message(2), Chat, CancellationToken.None);
        await first.CompleteAsync(update!.Id, CancellationToken.None);

        // Act
        var releasedWithOneWaiting = await first.TryReleaseChatAsync(Chat, CancellationToken.None);
        var next = await first.TakeNextAsync(Chat, CancellationToken.None);
        await first.CompleteAsync(next!.Id, CancellationToken.None);
        var releasedWhenDone = await first.TryReleaseChatAsync(Chat, CancellationToken.None);
        var secondClaims = await second.TryClaimChatAsync(Chat, CancellationToken.None);

        // Assert
        releasedWithOneWaiting.Should().BeFalse();
        next.Id.Should().Be(2);
        releasedWhenDone.Should().BeTrue();
        secondClaims.Should().BeTrue();
    }

    [PostgresFact]
    public async Task The_chats_of_an_instance_that_died_are_taken_over_with_the_update_it_had_in_hand_once_its_claims_ran_out()
    {
        // Arrange: the first instance takes an update into hand and dies without a word (kill -9)
        await using var backend = await PostgresBackend.CreateAsync();
        var (dead, survivor) = (Instance(backend), Instance(backend));
        await dead.AddAsync(Message(1), Chat, CancellationToken.None);
        await dead.AddAsync(Message(2), Chat, CancellationToken.None);
        await dead.AddAsync(Message(3, chat: 8), 8, CancellationToken.None);
        await dead.ClaimWaitingChatsAsync(10, CancellationToken.None);
        await dead.TakeNextAsync(Chat, CancellationToken.None);

        // Act
        var whileClaimed = await survivor.ClaimWaitingChatsAsync(10, CancellationToken.None);
        backend.Time.Advance(PostgresSharedUpdateInbox.Claim + TimeSpan.FromMilliseconds(1));
        var afterClaims = await survivor.ClaimWaitingChatsAsync(10, CancellationToken.None);
        var takenOver = await survivor.TakeNextAsync(Chat, CancellationToken.None);

        // Assert
        whileClaimed.Should().BeEmpty();
        afterClaims.Should().Equal(Chat, 8L);
        takenOver!.Id.Should().Be(1, "the update in hand on the dead instance is not lost");
        (await dead.TakeNextAsync(Chat, CancellationToken.None)).Should().BeNull("the dead instance's claim is gone");
    }

    [PostgresFact]
    public async Task Renewed_claims_do_not_run_out()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var (holder, other) = (Instance(backend), Instance(backend));
        await holder.AddAsync(Message(1), Chat, CancellationToken.None);
        await holder.TryClaimChatAsync(Chat, CancellationToken.None);

        // Act
        backend.Time.Advance(PostgresSharedUpdateInbox.Claim * 0.75);
        await holder.RenewAsync([Chat], CancellationToken.None);
        backend.Time.Advance(PostgresSharedUpdateInbox.Claim * 0.75);

        // Assert
        (await other.ClaimWaitingChatsAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task A_copy_of_an_update_that_another_instance_already_handled_is_not_kept_again()
    {
        // Arrange: Telegram missed the first instance's 200 and sends the update again, to the second
        await using var backend = await PostgresBackend.CreateAsync();
        var (first, second) = (Instance(backend), Instance(backend));
        var keptFirst = await first.AddAsync(Message(5), Chat, CancellationToken.None);
        var keptWhileWaiting = await second.AddAsync(Message(5), Chat, CancellationToken.None);
        await first.TryClaimChatAsync(Chat, CancellationToken.None);
        await first.CompleteAsync((await first.TakeNextAsync(Chat, CancellationToken.None))!.Id, CancellationToken.None);

        // Act
        var keptAfterHandled = await second.AddAsync(Message(5), Chat, CancellationToken.None);

        // Assert
        keptFirst.Should().BeTrue();
        keptWhileWaiting.Should().BeFalse();
        keptAfterHandled.Should().BeFalse();
        (await second.ClaimWaitingChatsAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task An_update_in_hand_at_too_many_takeovers_is_dropped_as_poison_and_the_chat_goes_on()
    {
        // Arrange: every instance that takes update 1 dies with it
        await using var backend = await PostgresBackend.CreateAsync();
        var first = Instance(backend);
        await first.AddAsync(Message(1), Chat, CancellationToken.None);
        await first.AddAsync(Message(2), Chat, CancellationToken.None);
        for (var take = 0; take <= IUpdateInbox.MaxRestarts; take++)
        {
            var instance = Instance(backend);
            (await instance.ClaimWaitingChatsAsync(10, CancellationToken.None)).Should().Equal(Chat);
            (await instance.TakeNextAsync(Chat, CancellationToken.None))!.Id.Should().Be(1);
            backend.Time.Advance(PostgresSharedUpdateInbox.Claim + TimeSpan.FromSeconds(1));
        }
        var last = Instance(backend);
        await last.ClaimWaitingChatsAsync(10, CancellationToken.None);

        // Act
        var next = await last.TakeNextAsync(Chat, CancellationToken.None);

        // Assert
        next!.Id.Should().Be(2);
    }

    [PostgresFact]
    public async Task An_instance_that_stops_cleanly_gives_its_chats_back_at_once()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var (stopping, other) = (Instance(backend), Instance(backend));
        await stopping.AddAsync(Message(1), Chat, CancellationToken.None);
        await stopping.TryClaimChatAsync(Chat, CancellationToken.None);
        await stopping.TakeNextAsync(Chat, CancellationToken.None);

        // Act
        await stopping.ReleaseAllAsync(CancellationToken.None);
        var taken = await other.ClaimWaitingChatsAsync(10, CancellationToken.None);

        // Assert
        taken.Should().Equal(Chat);
        (await other.TakeNextAsync(Chat, CancellationToken.None))!.Id.Should().Be(1);
    }

    [PostgresFact]
    public async Task Updates_kept_by_a_single_receiving_instance_get_their_chat_and_are_handled_after_a_switch_to_shared_receiving()
    {
        // Arrange: a polling instance kept two updates and stopped
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Inbox.AddAsync([Message(1), Message(2, chat: 8)], CancellationToken.None);
        var shared = Instance(backend);

        // Act
        await shared.AdoptAsync(update => update.Message!.Chat.Id, CancellationToken.None);
        var claimed = await shared.ClaimWaitingChatsAsync(10, CancellationToken.None);

        // Assert
        claimed.Should().Equal(Chat, 8L);
        (await shared.TakeNextAsync(8, CancellationToken.None))!.Id.Should().Be(2);
    }
}
