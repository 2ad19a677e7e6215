using Bot.Tests.Storage;

namespace Bot.Tests.Cluster;

/// <summary>A spec of several bot processes behind nginx on one PostgreSQL: needs <c>BOT_TEST_POSTGRES</c> and
/// <c>BOT_TEST_NGINX</c> (the nginx binary; <c>.ci/nginx install</c> prints it, <c>.ci/run</c> sets it); skipped, saying
/// why, without them.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public const string NginxVariable = "BOT_TEST_NGINX";

    public ClusterFactAttribute()
    {
        Skip = TestPostgres.SkipReason
            ?? (Nginx is null ? $"{NginxVariable} is not set: run `.ci/nginx install` and export the line it prints to run the webhook cluster specs" : null);
    }

    public static string? Nginx => Environment.GetEnvironmentVariable(NginxVariable) is { Length: > 0 } path ? path : null;
}
