using Bot.Storage;
using Bot.Tests.Reminders;
using Bot.Tests.Storage;
using Dapper;
using FakeBotApi;
using Npgsql;

namespace Bot.Tests.Telegram;

/// <summary>The bot in polling mode on PostgreSQL polls only while it plays <see cref="ClusterRole.Polling"/>.</summary>
public sealed class PollingRoleSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The role's advisory lock key split as pg_locks shows it (classid: high 32 bits, objid: low 32 bits).</summary>
    private const long PollingKey = 0x626f_742d_726f_6c01;

    [PostgresFact]
    public async Task A_poller_that_loses_its_role_stops_polling_at_once_and_handles_what_came_meanwhile_once_it_plays_again()
    {
        // Arrange: the bot polls; then the server drops its hold on the role and another instance (this spec) takes it.
        await using var backend = await PostgresBackend.CreateAsync();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = backend.ConnectionString,
            ["Telegram:PollTimeoutSeconds"] = "1",
        });
        var user = FakeChats.User(41);
        await bot.AskAsync(FakeChats.Private(user), user, "/help");
        await using var rival = new NpgsqlConnection(backend.ConnectionString);
        await rival.OpenAsync();

        // Act
        await TerminateRoleHolderAsync(backend);
        var taken = await Eventually.WaitForAsync(() => rival.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@PollingKey)", new { PollingKey }), t => t, Patience);
        var stoodBy = await Eventually.WaitForAsync(() => Task.FromResult(bot.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Stopped polling", StringComparison.Ordinal))), s => s, Patience);
        var mark = bot.Server.LastSequence;
        var meanwhile = bot.Server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var callsWhileStandingBy = bot.Server.Requests.Where(r => r.Sequence > mark).Select(r => r.Method).ToList();
        await rival.ExecuteAsync("SELECT pg_advisory_unlock(@PollingKey)", new { PollingKey });
        var answer = await bot.Server.WaitForCallAsync("sendMessage", user.Id, mark, Patience);

        // Assert
        taken.Should().BeTrue();
        stoodBy.Should().BeTrue();
        callsWhileStandingBy.Should().NotContain("getUpdates", "an instance that does not play the role does not poll").And.NotContain("sendMessage");
        answer.Succeeded.Should().BeTrue("the update that came while another instance played the role is handled once this one plays again");
        bot.Server.Requests.Count(r => r.Method == "sendMessage" && r.Sequence > mark).Should().Be(1, $"update {meanwhile.Id} is answered once");
        bot.Server.Requests.Should().NotContain(r => r.StatusCode == 409);
    }

    private static async Task TerminateRoleHolderAsync(PostgresBackend backend)
    {
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        var terminated = await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND classid::bigint = @classId AND objid::bigint = @objId
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS t
            """, new { classId = (long)(PollingKey >>> 32), objId = PollingKey & 0xffff_ffff });
        terminated.Should().Be(1);
    }
}
