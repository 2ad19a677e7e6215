using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Records this instance in the cluster register (<see cref="IClusterMembers"/>) every
/// <see cref="Interval"/>, with the roles it plays; a member not seen for <see cref="GoneAfter"/> (three heartbeats)
/// is gone. A clean stop leaves the register at once.</summary>
public sealed partial class ClusterHeartbeat(
    IClusterMembers members,
    PlayedRoles roles,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<ClusterHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan GoneAfter = 3 * Interval;

    public string InstanceId => members.InstanceId;

    /// <summary>This instance as its next heartbeat records it.</summary>
    public ClusterMember Self() =>
        new(members.InstanceId, Environment.MachineName, options.Value.ParsedMode.ToString(), identity.StartedAt, roles.Current, time.GetUtcNow());

    /// <summary>The instances whose heartbeat is recent, this one always among them (it is alive while it asks).</summary>
    public async Task<IReadOnlyList<ClusterMember>> LiveMembersAsync(CancellationToken cancellationToken)
    {
        var self = Self();
        var live = await members.LiveAsync(self.SeenAt - GoneAfter, cancellationToken);
        return [self, .. live.Where(m => m.InstanceId != self.InstanceId)];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        try
        {
            while (true)
            {
                try
                {
                    var self = Self();
                    await members.RecordAsync(self, self.SeenAt - GoneAfter, stoppingToken);
                    if (failing) LogRecovered();
                    failing = false;
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or DatabaseUnusableException
                    && !stoppingToken.IsCancellationRequested)
                {
                    // Only the register suffers: the other instances count this one gone until a heartbeat gets through.
                    if (!failing) LogFailed(ex);
                    failing = true;
                }
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await members.LeaveAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or DatabaseUnusableException or OperationCanceledException)
        {
            LogLeaveFailed(ex, GoneAfter.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record this instance's heartbeat in the cluster register; the other instances count it gone until one gets through")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Heartbeats reach the cluster register again")]
    private partial void LogRecovered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not leave the cluster register at the stop; the other instances count this one gone within {Seconds} s")]
    private partial void LogLeaveFailed(Exception exception, double seconds);
}
