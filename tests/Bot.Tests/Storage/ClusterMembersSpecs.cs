using Bot.Admin;
using Bot.Storage;
using Bot.Storage.Postgres;
using Bot.Tests.Telegram;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Storage;

/// <summary>The register of running instances (<c>cluster_members</c>) and what /stats shows of it.</summary>
public sealed class ClusterMembersSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan GoneAfter = ClusterHeartbeat.GoneAfter;

    private static ClusterMember Member(IClusterMembers register, DateTimeOffset seenAt, params ClusterRole[] roles) =>
        new(register.InstanceId, "host-a", "Polling", Start, roles, seenAt);

    [PostgresFact]
    public async Task Every_instance_sees_the_members_whose_heartbeat_is_recent_with_the_roles_they_play()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var (first, second) = (new PostgresClusterMembers(backend.OpenDatabase()), new PostgresClusterMembers(backend.OpenDatabase()));
        var now = Start.AddMinutes(1);

        // Act
        await first.RecordAsync(Member(first, now, ClusterRole.Polling, ClusterRole.Sending), now - GoneAfter, CancellationToken.None);
        await second.RecordAsync(Member(second, now.AddSeconds(1)), now - GoneAfter, CancellationToken.None);
        var seen = await first.LiveAsync(now - GoneAfter, CancellationToken.None);

        // Assert
        seen.Select(m => m.InstanceId).Should().BeEquivalentTo([first.InstanceId, second.InstanceId]);
        seen.Single(m => m.InstanceId == first.InstanceId).Roles.Should().Equal(ClusterRole.Polling, ClusterRole.Sending);
        seen.Single(m => m.InstanceId == second.InstanceId).Should().BeEquivalentTo(
            new { Host = "host-a", Mode = "Polling", StartedAt = Start, Roles = Array.Empty<ClusterRole>(), SeenAt = now.AddSeconds(1) });
    }

    [PostgresFact]
    public async Task A_member_whose_heartbeats_stopped_for_three_intervals_is_gone_and_its_row_deleted()
    {
        // Arrange: the second instance was killed after its heartbeat at the start.
        await using var backend = await PostgresBackend.CreateAsync();
        var (alive, killed) = (new PostgresClusterMembers(backend.OpenDatabase()), new PostgresClusterMembers(backend.OpenDatabase()));
        await killed.RecordAsync(Member(killed, Start), Start - GoneAfter, CancellationToken.None);
        var later = Start + GoneAfter + ClusterHeartbeat.Interval;

        // Act
        var beforeCleanUp = await alive.LiveAsync(later - GoneAfter, CancellationToken.None);
        await alive.RecordAsync(Member(alive, later), later - GoneAfter, CancellationToken.None);
        var everyRow = await alive.LiveAsync(DateTimeOffset.MinValue, CancellationToken.None);

        // Assert
        beforeCleanUp.Should().BeEmpty();
        everyRow.Select(m => m.InstanceId).Should().Equal(alive.InstanceId);
    }

    [PostgresFact]
    public async Task An_instance_that_stops_leaves_the_register_at_once()
    {
        // Arrange
        await using var backend = await PostgresBackend.CreateAsync();
        var (staying, leaving) = (new PostgresClusterMembers(backend.OpenDatabase()), new PostgresClusterMembers(backend.OpenDatabase()));
        await staying.RecordAsync(Member(staying, Start), Start - GoneAfter, CancellationToken.None);
        await leaving.RecordAsync(Member(leaving, Start), Start - GoneAfter, CancellationToken.None);

        // Act
        await leaving.LeaveAsync(CancellationToken.None);

        // Assert
        (await staying.LiveAsync(Start - GoneAfter, CancellationToken.None)).Select(m => m.InstanceId).Should().Equal(staying.InstanceId);
    }

    [PostgresFact]
    public async Task Stats_shows_this_instance_and_the_live_members_of_the_cluster_with_their_roles()
    {
        // Arrange: the bot polls and sends on PostgreSQL; another instance stands by (a live heartbeat), a third died long ago.
        await using var backend = await PostgresBackend.CreateAsync();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = backend.ConnectionString,
        });
        var now = bot.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (standby, dead) = (new PostgresClusterMembers(backend.OpenDatabase()), new PostgresClusterMembers(backend.OpenDatabase()));
        await standby.RecordAsync(new ClusterMember(standby.InstanceId, "host-b", "Polling", now, [], now), now - GoneAfter, CancellationToken.None);
        await dead.RecordAsync(new ClusterMember(dead.InstanceId, "host-c", "Polling", now, [], now - GoneAfter - GoneAfter), now - GoneAfter - GoneAfter, CancellationToken.None);
        var self = bot.Host.Services.GetRequiredService<ClusterHeartbeat>().InstanceId;
        var admin = FakeChats.User(BotHarness.AdminId);

        // Act
        var reply = await bot.AskAsync(FakeChats.Private(admin), admin, "/stats");

        // Assert
        reply.Text.Should().Contain($"This instance: <code>{self}</code>").And.Contain("Live instances: 2")
            .And.Contain($"<code>{self}</code> Polling · Polling, Sending ·").And.Contain($"<code>{standby.InstanceId}</code> Polling · — ·")
            .And.NotContain(dead.InstanceId);
    }
}
