using System.Data.Common;
using Dapper;

namespace Bot.Storage;

/// <summary>A <c>SELECT 1</c> on a fresh connection of either backend: an answer within <see cref="Limit"/> means reachable.</summary>
public sealed class DatabaseProbe(Func<CancellationToken, Task<DbConnection>> open) : IStorageProbe
{
    /// <summary>A balancer's check must get an answer quickly, also from a database that hangs.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await using var connection = await open(timeout.Token);
            return await connection.ExecuteScalarAsync<int>("SELECT 1") == 1;
        }
        catch (Exception ex) when (ex is DbException or IOException or InvalidOperationException or TimeoutException
                                       or DatabaseUnusableException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
