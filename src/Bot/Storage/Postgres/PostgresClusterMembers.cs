using Dapper;

namespace Bot.Storage.Postgres;

/// <summary>The <c>cluster_members</c> table: one row per running instance, refreshed by its heartbeat; rows whose
/// heartbeat stopped are deleted by the next instance that records itself.</summary>
public sealed class PostgresClusterMembers(PostgresDatabase database) : IClusterMembers
{
    public string InstanceId => database.InstanceId;

    public async Task RecordAsync(ClusterMember self, DateTimeOffset goneBefore, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync("""
            INSERT INTO cluster_members (instance_id, host, mode, started_at, roles, seen_at)
            VALUES (@InstanceId, @Host, @Mode, @startedAt, @roles, @seenAt)
            ON CONFLICT (instance_id) DO UPDATE SET roles = excluded.roles, seen_at = excluded.seen_at
            """, new
            {
                self.InstanceId,
                self.Host,
                self.Mode,
                startedAt = self.StartedAt.ToUniversalTime(),
                roles = string.Join(',', self.Roles),
                seenAt = self.SeenAt.ToUniversalTime(),
            }, tx);
        await db.ExecuteAsync("DELETE FROM cluster_members WHERE seen_at < @goneBefore", new { goneBefore = goneBefore.ToUniversalTime() }, tx);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClusterMember>> LiveAsync(DateTimeOffset seenSince, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ClusterMemberRow>(
            "SELECT instance_id, host, mode, started_at, roles, seen_at FROM cluster_members WHERE seen_at >= @seenSince ORDER BY started_at, instance_id",
            new { seenSince = seenSince.ToUniversalTime() });
        return [.. rows.Select(r => r.ToMember())];
    }

    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM cluster_members WHERE instance_id = @InstanceId", new { InstanceId });
    }
}

/// <summary>Dapper's view of a <c>cluster_members</c> row (timestamptz reads as a UTC <see cref="DateTime"/>).</summary>
internal sealed class ClusterMemberRow
{
    public string InstanceId { get; set; } = string.Empty;
    public string Host { get; set; } = string.Empty;
    public string Mode { get; set; } = string.Empty;
    public DateTime StartedAt { get; set; }
    public string Roles { get; set; } = string.Empty;
    public DateTime SeenAt { get; set; }

    public ClusterMember ToMember() => new(InstanceId, Host, Mode, Utc(StartedAt),
        [.. Roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => Enum.TryParse<ClusterRole>(r, out var role) ? role : (ClusterRole?)null).OfType<ClusterRole>()],
        Utc(SeenAt));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
