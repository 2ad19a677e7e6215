namespace Bot.Storage;

/// <summary>Whether the database answers now (a load balancer's health check asks through it).</summary>
public interface IStorageProbe
{
    /// <summary>True when a trivial query succeeds; never throws for a database that is down.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
