using Bot.Storage;
using Bot.Storage.Postgres;

using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>What only PostgreSQL has: several instances of the bot on one database.</summary>
public sealed class PostgresInstancesSpecs
{
    [PostgresFact]
    public async Task Instances_reading_the_outbox_at_once_take_disjoint_rows_and_together_all_of_them()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Outbox.EnqueueAsync(Enumerable.Range(1, 300).Select(chat => new OutboxMessage("reminder:e:1h", chat, "x")));
        var instances = Enumerable.Range(0, 3).Select(_ => backend.Open().Outbox).ToList();

        // Act
        var taken = await Task.WhenAll(instances.Select(outbox => Task.Run(() => outbox.PendingAsync(200))));

        // Assert
        var chats = taken.SelectMany(rows => rows.Select(r => r.ChatId)).ToList();
        chats.Should().OnlyHaveUniqueItems().And.HaveCount(300);
    }

    [PostgresFact]
    public async Task The_rows_of_an_instance_that_died_are_taken_over_once_its_claim_has_run_out()
    {
        // Arrange: the first instance takes every row and dies without a word (kill -9: nothing gives the claims back).
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Outbox.EnqueueAsync(Enumerable.Range(1, 5).Select(chat => new OutboxMessage("k", chat, "x")));
        (await backend.Outbox.PendingAsync(10)).Should().HaveCount(5);
        var survivor = backend.Open().Outbox;

        // Act
        var whileClaimed = await survivor.PendingAsync(10);
        backend.Time.Advance(PostgresOutboxStore.ClaimFor + TimeSpan.FromSeconds(1));
        var afterClaim = await survivor.PendingAsync(10);

        // Assert
        whileClaimed.Should().BeEmpty();
        afterClaim.Select(r => r.ChatId).Should().Equal(1, 2, 3, 4, 5);
    }

    [PostgresFact]
    public async Task The_instance_that_takes_the_sending_role_over_takes_the_dead_senders_claimed_rows_at_once()
    {
        // Arrange: the sender claimed every row, sent one and was killed (its claims would hold for 5 minutes).
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Outbox.EnqueueAsync(Enumerable.Range(1, 4).Select(chat => new OutboxMessage("k", chat, "x")));
        var claimed = await backend.Outbox.PendingAsync(10);
        await backend.Outbox.MarkSentAsync(claimed[0].Id);
        var next = backend.Open().Outbox;

        // Act
        var takenOver = await next.TakeOverClaimsAsync();
        var taken = await next.PendingAsync(10);

        // Assert
        takenOver.Should().Be(3);
        taken.Select(r => r.ChatId).Should().Equal(2, 3, 4);
        (await backend.Open().Outbox.PendingAsync(10)).Should().BeEmpty("the new sender's own claims hold");
    }

    [PostgresFact]
    public async Task An_instance_that_stops_cleanly_gives_its_unsent_rows_back_at_once()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        await backend.Outbox.EnqueueAsync(Enumerable.Range(1, 3).Select(chat => new OutboxMessage("k", chat, "x")));
        var claimed = await backend.Outbox.PendingAsync(10);
        await backend.Outbox.MarkSentAsync(claimed[0].Id);
        var other = backend.Open().Outbox;

        // Act
        await ((IAsyncDisposable)backend.Outbox).DisposeAsync();
        var taken = await other.PendingAsync(10);

        // Assert
        taken.Select(r => r.ChatId).Should().Equal(2, 3);
    }

    [PostgresFact]
    public async Task Instances_starting_together_on_an_empty_database_migrate_it_once_and_all_start()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var databases = Enumerable.Range(0, 6).Select(_ => backend.OpenDatabase()).ToList();

        // Act
        await Task.WhenAll(databases.Select(db => Task.Run(() => db.PrepareAsync(CancellationToken.None))));

        // Assert
        await using var connection = await databases[0].OpenAsync();
        (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).Should().Equal(Enumerable.Range(1, databases[0].SchemaVersion),
            "each migration ran once");
    }

    [PostgresFact]
    public async Task A_server_that_refuses_the_login_stops_the_start_with_a_message_that_names_the_database_without_its_password()
    {
        // Arrange
        const string WrongPassword = "not-the-password-4711";
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Password = null }.ConnectionString;
        await using var database = new PostgresDatabase(
            Options.Create(new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = connectionString, Password = WrongPassword }),
            NullLogger<PostgresDatabase>.Instance);

        // Act
        var act = () => database.PrepareAsync(CancellationToken.None);

        // Assert
        var error = (await act.Should().ThrowAsync<DatabaseUnusableException>()).Which;
        error.Message.Should().Contain("Host=127.0.0.1").And.Contain("password authentication failed").And.Contain("Storage:ConnectionString");
        error.ToString().Should().NotContain(WrongPassword);
        database.ConnectionString.Should().Contain(WrongPassword, "the password still reaches the server");
    }
}
