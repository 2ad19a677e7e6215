using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Bot.Benchmarks.Peers;
using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Storage;
using Bot.Storage.Postgres;
using FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Benchmarks.Cluster;

/// <summary>One broadcast: a fresh database, the chats subscribed, N bot processes (webhook mode, so that none polls)
/// started and settled, then one announcement queued for every chat, as a firing reminder's fan-out queues it, and
/// timed until every chat has it. Optionally members ask <c>/help</c> meanwhile, spread over the broadcast, through the
/// webhook of whichever instance set it last: with the shared flood budget their replies go before the broadcast.</summary>
/// <param name="ReplyLatencies">Ask → reply at the server, per member who asked.</param>
/// <param name="ReplierRole">Whether the instance that received the questions was the sender or a standby.</param>
/// <param name="CpuPerMessage">CPU time of all the instances (user + system) while the broadcast went out ÷ messages.</param>
/// <param name="SenderCpuPerMessage">The same for the busiest instance alone, the sender.</param>
public sealed record ClusterBroadcastRun(BroadcastResult Broadcast, TimeSpan CpuPerMessage, TimeSpan SenderCpuPerMessage,
    IReadOnlyList<TimeSpan> ReplyLatencies, string ReplierRole)
{
    private const long FirstAskingChat = 9_000_000;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public static async Task<ClusterBroadcastRun> RunAsync(string serverConnectionString, int chatCount, int rate, int instances, int replies, TextWriter log)
    {
        var name = "bot_bench_" + Guid.NewGuid().ToString("N");
        await AdminAsync(serverConnectionString, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("bot-cluster-bench-");
        var processes = new List<Process>();
        try
        {
            await using var database = new PostgresDatabase(
                Options.Create(new StorageOptions { Provider = nameof(StorageProvider.Postgres), ConnectionString = connectionString }),
                NullLogger<PostgresDatabase>.Instance);
            await database.PrepareAsync(CancellationToken.None);
            var chats = new PostgresChatStore(database, TimeProvider.System);
            var outbox = new PostgresOutboxStore(database, TimeProvider.System);
            var ids = Enumerable.Range(0, chatCount).Select(i => i % 10 == 9 ? -(2_000_000L + i) : 2_000_000L + i).ToList();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) =>
                await chats.SubscribeAsync(id, id < 0, null, "en", LeadTime.Defaults, SeriesFilter.All, ct));

            await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions
            {
                FloodLimits = new FloodLimits(OverallPerSecond: rate, PerChatPerSecond: 1, PerGroupPerMinute: 20),
            });
            Directory.CreateDirectory(Path.Combine(folder.FullName, "content"));
            var ports = new Dictionary<int, Process>();
            for (var i = 0; i < instances; i++)
            {
                var port = LoopbackPort.Free();
                var process = StartBot(server, connectionString, folder.FullName, rate, port);
                processes.Add(process);
                ports[port] = process;
            }
            await server.WaitForRequestsAsync(r => r.Method == "setWebhook" && r.Succeeded, instances, TimeSpan.FromSeconds(120));
            await Task.Delay(Settle); // the election and Quartz's start settle; the standbys are waiting

            var cpuBefore = processes.Select(Cpu).ToList();
            var started = Stopwatch.GetTimestamp();
            var queuedAt = TimeProvider.System.GetUtcNow();
            await outbox.EnqueueAsync(ids.Select(id => new OutboxMessage("reminder:bench:1h", id, $"⏰ <b>SOFAChannel#99</b> starts in 1 hour · {id}", id < 0)));
            var theoretical = TimeSpan.FromSeconds((chatCount - 1) / rate);
            var asking = AskDuringAsync(server, replies, theoretical);
            var deadline = theoretical * 3 + TimeSpan.FromSeconds(60);
            var reached = new Dictionary<long, int>();
            while (Stopwatch.GetElapsedTime(started) < deadline)
            {
                reached = Deliveries(server);
                if (reached.Count(r => r.Key < FirstAskingChat) >= chatCount && reached.Count(r => r.Key >= FirstAskingChat) >= replies) break;
                await Task.Delay(100);
            }

            var cpu = processes.Select((p, i) => Cpu(p) - cpuBefore[i]).ToList();
            await Task.Delay(TimeSpan.FromSeconds(2)); // to catch repeats
            var sent = server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded && r.ChatId < FirstAskingChat).ToList();
            reached = Deliveries(server).Where(r => r.Key < FirstAskingChat).ToDictionary();
            var asked = await asking;
            var answeredAt = server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded && r.ChatId >= FirstAskingChat)
                .GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Min(r => r.ReceivedAt));
            List<TimeSpan> latencies = [.. asked.Where(a => answeredAt.ContainsKey(a.Key)).Select(a => answeredAt[a.Key] - a.Value)];
            var role = replies == 0 ? "" : await ReplierRoleAsync(connectionString, server, ports);
            var first = sent.Count > 0 ? sent.Min(r => r.ReceivedAt) : default;
            var last = sent.Count > 0 ? sent.Max(r => r.ReceivedAt) : default;
            var result = new BroadcastResult(chatCount, reached.Count, reached.Values.Sum(n => n - 1), server.FloodViolations,
                first - queuedAt, last - first, theoretical);
            var messages = Math.Max(1, sent.Count);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {instances} instance(s): CPU s per instance {string.Join(", ", cpu.Select(c => c.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))}"));
            return new ClusterBroadcastRun(result, cpu.Aggregate(TimeSpan.Zero, (a, b) => a + b) / messages, cpu.Max() / messages, latencies, role);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }

            NpgsqlConnection.ClearAllPools();
            await AdminAsync(serverConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One member a time asks <c>/help</c>, evenly over the broadcast's shortest window; when each asked.</summary>
    private static async Task<Dictionary<long, DateTimeOffset>> AskDuringAsync(FakeTelegramServer server, int replies, TimeSpan window)
    {
        var asked = new Dictionary<long, DateTimeOffset>();
        for (var i = 0; i < replies; i++)
        {
            await Task.Delay(window / (replies + 1));
            var user = FakeChats.User(FirstAskingChat + i);
            asked[user.Id] = TimeProvider.System.GetUtcNow();
            server.EnqueueMessage(FakeChats.Private(user), user, "/help");
        }
        return asked;
    }

    /// <summary>The roles of the instance the server posts updates to (the last to set the webhook).</summary>
    private static async Task<string> ReplierRoleAsync(string connectionString, FakeTelegramServer server, Dictionary<int, Process> ports)
    {
        if (server.WebhookUrl is not { } url || !ports.TryGetValue(new Uri(url).Port, out var receiver)) return "unknown";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT roles FROM cluster_members WHERE strpos(instance_id, @pid) > 0", connection);
        command.Parameters.AddWithValue("pid", $"/{receiver.Id}/");
        var roles = await command.ExecuteScalarAsync() as string;
        return roles is { Length: > 0 } && roles.Contains(nameof(ClusterRole.Sending), StringComparison.Ordinal) ? "the sender" : "a standby";
    }

    private static Dictionary<long, int> Deliveries(FakeTelegramServer server) =>
        server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static Process StartBot(FakeTelegramServer server, string connectionString, string folder, int rate, int port)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(PeerPaths.OurBotDll);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Telegram__Token"] = BotWorkspace.Token;
        info.Environment["Telegram__ApiBaseUrl"] = server.BaseUrl;
        info.Environment["Telegram__Mode"] = "Webhook";
        info.Environment["Telegram__WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook";
        info.Environment["Telegram__WebhookSecret"] = "cluster-benchmark";
        info.Environment["Telegram__ListenUrls"] = $"http://127.0.0.1:{port}";
        info.Environment["Telegram__Limits__OverallPerSecond"] = rate.ToString(CultureInfo.InvariantCulture);
        info.Environment["Storage__Provider"] = "Postgres";
        info.Environment["Storage__ConnectionString"] = connectionString;
        info.Environment["Content__Path"] = Path.Combine(folder, "content");
        info.Environment["Content__Watch"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }


    private static async Task AdminAsync(string serverConnectionString, string sql)
    {
        await using var admin = new NpgsqlConnection(serverConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
