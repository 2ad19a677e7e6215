using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Bot.Tests.Storage;
using Bot.Tests.Telegram;
using Dapper;
using FakeBotApi;
using Npgsql;

namespace Bot.Tests.Cluster;

/// <summary>Real processes, as deployed (README, "Several instances behind a load balancer"): bot instances in webhook mode
/// on one fresh PostgreSQL database, nginx in front of them on loopback (its configuration from <c>.ci/nginx config</c>),
/// and the loopback Bot API server posting updates to nginx. Everything started here is stopped at the end.</summary>
internal sealed class WebhookCluster : IAsyncDisposable
{
    public const string Secret = "cluster-Secret_15";

    /// <summary><c>Telegram:MaxConcurrentUpdates</c> of each instance.</summary>
    public const int WorkersPerInstance = 4;

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly List<Process> _instances = [];
    private readonly List<ConcurrentQueue<string>> _logs = [];
    private Process? _nginx;

    private WebhookCluster(PostgresBackend database, FakeTelegramServer server, TempDatabase folder) =>
        (Database, Server, _folder) = (database, server, folder);

    private readonly TempDatabase _folder;

    public PostgresBackend Database { get; }
    public FakeTelegramServer Server { get; }

    /// <summary>Without <paramref name="limits"/> the server enforces none and the instances' own are far above what they
    /// reach: the bot's pace is measured, not Telegram's. With them, the server enforces them and every instance is
    /// configured with them.</summary>
    public static async Task<WebhookCluster> StartAsync(int instances, FloodLimits? limits = null)
    {
        var database = await PostgresBackend.CreateAsync();
        var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { FloodLimits = limits });
        var cluster = new WebhookCluster(database, server, new TempDatabase());
        try
        {
            await cluster.StartProcessesAsync(instances, limits);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessesAsync(int count, FloodLimits? limits)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Folder, "content"));
        var ports = Enumerable.Range(0, count).Select(_ => LoopbackPort.Free()).ToList();
        var nginxUrl = await StartNginxAsync(ports);
        foreach (var port in ports)
        {
            var log = new ConcurrentQueue<string>();
            _logs.Add(log);
            _instances.Add(BotProcess.Start(Server, _folder, line => Keep(log, line), new Dictionary<string, string>
            {
                ["Telegram__Mode"] = "Webhook",
                ["Telegram__WebhookUrl"] = $"{nginxUrl}/telegram/hook",
                ["Telegram__WebhookSecret"] = Secret,
                ["Telegram__ListenUrls"] = $"http://127.0.0.1:{port}",
                ["Telegram__MaxConcurrentUpdates"] = WorkersPerInstance.ToString(CultureInfo.InvariantCulture),
                ["Telegram__Limits__OverallPerSecond"] = Limit(limits?.OverallPerSecond, 1000),
                ["Telegram__Limits__PerChatPerSecond"] = Limit(limits?.PerChatPerSecond, 1000),
                ["Telegram__Limits__PerGroupPerMinute"] = Limit(limits?.PerGroupPerMinute, 10000),
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = Database.ConnectionString,
                ["Logging__LogLevel__Default"] = "Warning",
            }));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var limit = new CancellationTokenSource(StartLimit);
        foreach (var port in ports)
        {
            while (!await IsHealthyAsync(http, port)) await Task.Delay(100, limit.Token);
        }
        await Server.WaitForRequestsAsync(r => r.Method == "setWebhook" && r.Succeeded, count, StartLimit);
    }

    private static string Limit(int? limit, int unlimited) => (limit ?? unlimited).ToString(CultureInfo.InvariantCulture);

    private async Task<string> StartNginxAsync(IReadOnlyList<int> ports)
    {
        var folder = Path.Combine(_folder.Folder, "nginx");
        var config = new ProcessStartInfo("bash") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true };
        foreach (var arg in new[] { ".ci/nginx", "config", folder }.Concat(ports.Select(p => p.ToString(CultureInfo.InvariantCulture))))
            config.ArgumentList.Add(arg);
        using var script = Process.Start(config)!;
        var output = await script.StandardOutput.ReadToEndAsync();
        await script.WaitForExitAsync();
        script.ExitCode.Should().Be(0, ".ci/nginx config writes the configuration");
        var url = output.Split('\n').Single(l => l.StartsWith("BOT_NGINX_URL=", StringComparison.Ordinal))["BOT_NGINX_URL=".Length..].Trim();

        var run = new ProcessStartInfo(ClusterFactAttribute.Nginx!) { RedirectStandardError = true };
        foreach (var arg in new[] { "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" }) run.ArgumentList.Add(arg);
        _nginx = Process.Start(run)!;
        return url;
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, int port)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static void Keep(ConcurrentQueue<string> log, string line)
    {
        log.Enqueue(line);
        while (log.Count > 40) log.TryDequeue(out _);
    }

    /// <summary><c>kill -9</c>: no stop, no claims given back, whatever was in hand left in hand.</summary>
    public void Kill(int instance) => _instances[instance].Kill();

    /// <summary>Updates the instance had taken into hand and not completed (read right after a kill, before any other
    /// instance may take its chats over): the replies that may repeat.</summary>
    public async Task<int> InHandAsync(int instance)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var pid = $"/{_instances[instance].Id}/";
        return await connection.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM telegram_inbox i JOIN telegram_chat_claims c ON c.chat_key = i.chat_key
            WHERE i.in_hand AND strpos(c.claimed_by, @pid) > 0
            """, new { pid });
    }

    /// <summary>The instances' last log lines, for a failure message.</summary>
    public string Logs() => string.Join('\n', _logs.Select((log, i) => $"instance {i}:\n  " + string.Join("\n  ", log)));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _instances.Append(_nginx).OfType<Process>())
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // never started
            }
            process.Dispose();
        }
        await Server.DisposeAsync();
        await Database.DisposeAsync();
        _folder.Dispose();
    }
}
