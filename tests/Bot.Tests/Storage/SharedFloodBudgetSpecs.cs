using Bot.Storage;
using Bot.Storage.Postgres;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>The flood budget several instances sending with one token share in PostgreSQL: each instance here is a
/// <see cref="PostgresFloodBudget"/> over a database object of its own, as in separate processes.</summary>
public sealed class SharedFloodBudgetSpecs
{
    private static PostgresFloodBudget Instance(PostgresBackend backend, SharedFloodLimits limits) =>
        new(backend.OpenDatabase(), Options.Create(limits), NullLogger<PostgresFloodBudget>.Instance);

    // Windows of seconds: a loaded machine may take a few hundred ms between two statements of a spec.
    private static SharedFloodLimits Limits(int overall = 1000, int perChat = 1000, int perGroup = 1000) => new()
    {
        OverallPerSecond = overall,
        PerChat = perChat,
        ChatWindow = TimeSpan.FromSeconds(2),
        PerGroup = perGroup,
        GroupWindow = TimeSpan.FromSeconds(10),
        ReplyPrecedence = TimeSpan.FromSeconds(2),
    };

    [PostgresFact]
    public async Task Three_instances_together_never_hold_more_turns_in_a_second_than_the_overall_limit()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(backend, Limits(overall: 5))).ToList();
        // Until 15 turns are granted, not for a fixed time: a loaded machine may be slow to ask, never too fast.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var chat = 0L;
        var total = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Act: two senders per instance, each sending as fast as the budget lets it, a new chat every message.
        var granted = await Task.WhenAll(instances.SelectMany(budget => new[] { budget, budget }).Select(async budget =>
        {
            var count = 0;
            while (Volatile.Read(ref total) < 15 && !deadline.IsCancellationRequested)
            {
                var turn = await budget.TryTakeAsync(Interlocked.Increment(ref chat), false, false, CancellationToken.None);
                if (!turn.Granted)
                {
                    await Task.Delay(turn.RetryIn < TimeSpan.FromMilliseconds(50) ? turn.RetryIn : TimeSpan.FromMilliseconds(50));
                    continue;
                }
                count++;
                Interlocked.Increment(ref total);
                await budget.CompletedAsync(turn);
            }
            return count;
        }));
        clock.Stop();

        // Assert: a permit returns one second after its call's answer, so no second of the server's clock holds more
        // than the limit's takes, and the 11th to 15th turns wait for the first permits to come back twice.
        var busiest = await BusiestSecondAsync(backend);
        busiest.Should().BeLessThanOrEqualTo(5);
        granted.Sum().Should().BeGreaterThanOrEqualTo(15, "the budget was used, not just refused");
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9), "15 turns at 5 a second need two returns");
        granted.Count(g => g > 0).Should().BeGreaterThan(1, "every sender may get turns");
    }

    [PostgresFact]
    public async Task A_chat_gets_its_next_turn_a_chat_window_after_its_last_answer_whichever_instance_asks()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var first = Instance(backend, Limits(perChat: 1));
        var second = Instance(backend, Limits(perChat: 1));
        var taken = await first.TryTakeAsync(42, false, false, CancellationToken.None);

        // Act
        var onTheWire = await second.TryTakeAsync(42, false, true, CancellationToken.None);
        await first.CompletedAsync(taken);
        var again = await second.TryTakeAsync(42, false, true, CancellationToken.None);
        var other = await second.TryTakeAsync(43, false, false, CancellationToken.None);
        await Task.Delay(again.RetryIn + TimeSpan.FromMilliseconds(20));
        var later = await second.TryTakeAsync(42, false, false, CancellationToken.None);

        // Assert
        taken.Granted.Should().BeTrue();
        onTheWire.Granted.Should().BeFalse("the chat's message is still on its way");
        onTheWire.RetryIn.Should().BeLessThan(TimeSpan.FromSeconds(1), "its answer may come any moment");
        again.Granted.Should().BeFalse("the other instance's message to this chat was answered within the window");
        again.RetryIn.Should().BeGreaterThan(TimeSpan.FromSeconds(1)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        other.Granted.Should().BeTrue("another chat has a window of its own");
        later.Granted.Should().BeTrue("the window has passed");
    }

    [PostgresFact]
    public async Task A_group_gets_no_more_turns_than_its_limit_in_the_group_window()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var limits = Limits(perGroup: 3);
        limits.ChatWindow = TimeSpan.FromMilliseconds(100);
        var instances = new[] { Instance(backend, limits), Instance(backend, limits) };
        var results = new List<FloodTurn>();

        // Act: one turn every chat window, alternating instances.
        for (var i = 0; i < 4; i++)
        {
            var turn = await instances[i % 2].TryTakeAsync(-100, true, false, CancellationToken.None);
            results.Add(turn);
            await instances[i % 2].CompletedAsync(turn);
            await Task.Delay(TimeSpan.FromMilliseconds(150));
        }

        // Assert
        results.Take(3).Should().OnlyContain(t => t.Granted);
        results[3].Granted.Should().BeFalse("three turns in ten seconds is this group's limit");
        results[3].RetryIn.Should().BeGreaterThan(TimeSpan.FromSeconds(5)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(10));
    }

    [PostgresFact]
    public async Task A_reply_waiting_for_a_permit_goes_before_broadcasts_asking_for_it_on_other_instances()
    {
        // Arrange: the one permit is taken by a broadcast on the sending instance. The permit comes back a second after
        // the broadcast's answer, so the reply must ask within that second: an attempt in which a loaded machine took
        // longer (a first query opens its connection) and the reply was granted for that reason is arranged again.
        await using var backend = await PostgresBackend.CreateAsync();
        var sender = Instance(backend, Limits(overall: 1));
        var answering = Instance(backend, Limits(overall: 1));
        FloodTurn broadcast, reply;
        for (var attempt = 1; ; attempt++)
        {
            broadcast = await sender.TryTakeAsync(1, false, false, CancellationToken.None);
            await sender.CompletedAsync(broadcast);
            var asked = System.Diagnostics.Stopwatch.StartNew();
            reply = await answering.TryTakeAsync(2, false, true, CancellationToken.None);
            if (!reply.Granted || asked.Elapsed < TimeSpan.FromMilliseconds(700) || attempt == 5)
            {
                break;
            }

            await answering.CompletedAsync(reply);
            await Task.Delay(TimeSpan.FromSeconds(1.2));
        }

        // Act
        await Task.Delay(reply.RetryIn + TimeSpan.FromMilliseconds(20));
        var nextBroadcast = await sender.TryTakeAsync(3, false, false, CancellationToken.None);
        var retriedReply = await answering.TryTakeAsync(2, false, true, CancellationToken.None);

        // Assert
        broadcast.Granted.Should().BeTrue();
        reply.Granted.Should().BeFalse();
        reply.RetryIn.Should().BeGreaterThan(TimeSpan.FromMilliseconds(500), "the permit returns a second after the broadcast's answer");
        nextBroadcast.Granted.Should().BeFalse("the reply asked first and the permit is free only for it");
        retriedReply.Granted.Should().BeTrue();
    }

    [PostgresFact]
    public async Task A_permit_whose_instance_never_reports_back_returns_when_its_lease_ends()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var limits = Limits(overall: 1);
        limits.Lease = TimeSpan.FromSeconds(3);
        var dead = Instance(backend, limits);
        var alive = Instance(backend, limits);
        (await dead.TryTakeAsync(1, false, false, CancellationToken.None)).Granted.Should().BeTrue();

        // Act
        var meanwhile = await alive.TryTakeAsync(2, false, false, CancellationToken.None);
        await Task.Delay(meanwhile.RetryIn + TimeSpan.FromMilliseconds(20));
        var after = await alive.TryTakeAsync(2, false, false, CancellationToken.None);

        // Assert
        meanwhile.Granted.Should().BeFalse();
        meanwhile.RetryIn.Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(3));
        after.Granted.Should().BeTrue();
    }

    [Fact]
    public async Task An_unreachable_database_lets_the_message_go_within_the_instance_s_own_limits()
    {
        // Arrange: nothing listens on the port.
        var options = new StorageOptions
        {
            Provider = nameof(StorageProvider.Postgres),
            ConnectionString = $"Host=127.0.0.1;Port={LoopbackPort.Free()};Username=bot;Password=secret;Timeout=2",
        };
        await using var database = new PostgresDatabase(Options.Create(options), NullLogger<PostgresDatabase>.Instance);
        var budget = new PostgresFloodBudget(database, Options.Create(Limits()), NullLogger<PostgresFloodBudget>.Instance);

        // Act
        var turn = await budget.TryTakeAsync(1, false, true, CancellationToken.None);
        await budget.CompletedAsync(turn);

        // Assert
        turn.Should().Be(FloodTurn.Free);
    }

    [PostgresFact]
    public async Task Returning_a_turn_after_the_database_was_disposed_does_not_throw()
    {
        // Arrange: the host stops while a send's answer is still coming.
        await using var backend = await PostgresBackend.CreateAsync();
        var database = backend.OpenDatabase();
        var budget = new PostgresFloodBudget(database, Options.Create(Limits()), NullLogger<PostgresFloodBudget>.Instance);
        var turn = await budget.TryTakeAsync(1, false, true, CancellationToken.None);
        await database.DisposeAsync();

        // Act
        var act = async () => await budget.CompletedAsync(turn);

        // Assert
        turn.Id.Should().BeGreaterThan(0);
        await act.Should().NotThrowAsync();
    }

    /// <summary>The most turns taken within any one second, by the server's clock.</summary>
    private static async Task<long> BusiestSecondAsync(PostgresBackend backend)
    {
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("""
            SELECT COALESCE(MAX((SELECT COUNT(*) FROM flood_turns u WHERE u.taken_at >= t.taken_at AND u.taken_at < t.taken_at + interval '1 second')), 0)
            FROM flood_turns t
            """);
    }
}
