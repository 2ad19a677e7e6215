using Bot.Storage;
using Bot.Storage.Postgres;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>One instance at a time plays a role (polling, sending); the others wait and take over.</summary>
public sealed class LeadershipSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static PostgresLeadership Instance(PostgresBackend backend) =>
        new(backend.OpenDatabase(), TimeProvider.System, NullLogger<PostgresLeadership>.Instance)
        {
            RetryInterval = TimeSpan.FromMilliseconds(100),
            CheckInterval = TimeSpan.FromMilliseconds(200),
        };

    [PostgresFact]
    public async Task A_second_instance_waits_for_a_role_until_the_first_gives_it_up()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var first = await Instance(backend).AcquireAsync(ClusterRole.Polling, CancellationToken.None);

        // Act
        var second = Instance(backend).AcquireAsync(ClusterRole.Polling, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var playedTwice = second.IsCompleted;
        await first.DisposeAsync();
        await using var taken = await second.WaitAsync(Patience);

        // Assert
        playedTwice.Should().BeFalse();
        taken.Lost.IsCancellationRequested.Should().BeFalse();
        first.Lost.IsCancellationRequested.Should().BeFalse("giving a role up is not losing it");
    }

    [PostgresFact]
    public async Task Each_role_has_its_own_player()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        await using var polling = await Instance(backend).AcquireAsync(ClusterRole.Polling, CancellationToken.None);

        // Act
        await using var sending = await Instance(backend).AcquireAsync(ClusterRole.Sending, CancellationToken.None).WaitAsync(Patience);

        // Assert
        sending.Lost.IsCancellationRequested.Should().BeFalse();
    }

    [PostgresFact]
    public async Task A_player_whose_connection_breaks_learns_it_lost_the_role_and_a_waiting_instance_takes_it()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var first = await Instance(backend).AcquireAsync(ClusterRole.Sending, CancellationToken.None);
        var second = Instance(backend).AcquireAsync(ClusterRole.Sending, CancellationToken.None);

        // Act: the server drops the holder's session, as it does when the holder's process is killed.
        await TerminateHoldersAsync(backend, ClusterRole.Sending);
        var lost = await WhenCancelled(first.Lost).WaitAsync(Patience).ContinueWith(t => t.IsCompletedSuccessfully);
        await using var taken = await second.WaitAsync(Patience);

        // Assert
        lost.Should().BeTrue();
        taken.Lost.IsCancellationRequested.Should().BeFalse();
        await first.DisposeAsync();
    }

    [PostgresFact]
    public async Task Waiting_for_a_role_ends_when_the_instance_stops()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        await using var held = await Instance(backend).AcquireAsync(ClusterRole.Polling, CancellationToken.None);
        using var stopping = new CancellationTokenSource();

        // Act
        var waiting = Instance(backend).AcquireAsync(ClusterRole.Polling, stopping.Token);
        await stopping.CancelAsync();
        var act = () => waiting.WaitAsync(Patience);

        // Assert
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_sole_instance_plays_every_role_at_once_and_never_loses_one()
    {
        // Arrange
        var leadership = new SoleInstanceLeadership();

        // Act
        var polling = await leadership.AcquireAsync(ClusterRole.Polling, CancellationToken.None);
        var sending = await leadership.AcquireAsync(ClusterRole.Sending, CancellationToken.None);

        // Assert
        polling.Lost.CanBeCanceled.Should().BeFalse();
        sending.Lost.CanBeCanceled.Should().BeFalse();
    }

    private static Task WhenCancelled(CancellationToken token)
    {
        var cancelled = new TaskCompletionSource();
        token.Register(() => cancelled.TrySetResult());
        return cancelled.Task;
    }

    // Only the role's lock: the waiting instance may hold the migration's advisory lock at that moment.
    private static async Task TerminateHoldersAsync(PostgresBackend backend, ClusterRole role)
    {
        var key = PostgresLeadership.LockKey(role);
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        var terminated = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted " +
            "AND classid = @high::bigint::oid AND objid = @low::bigint::oid AND objsubid = 1 " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS t",
            new { high = key >> 32, low = key & 0xffff_ffff });
        terminated.Should().Be(1);
    }
}
