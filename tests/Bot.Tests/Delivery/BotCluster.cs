using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Bot.Core.Catalog;
using Bot.Tests.Storage;
using Dapper;
using FakeBotApi;
using Npgsql;

namespace Bot.Tests.Delivery;

/// <summary>Several built bot processes (<c>dotnet Bot.dll</c>, webhook mode, so that none of them polls) on one
/// PostgreSQL database, against the loopback Bot API server with Telegram's limits enforced (scaled by
/// <see cref="OverallPerSecond"/>), and subscribed chats that a stream page's 1-hour reminder is due for about a minute
/// after the start (page times are whole minutes, and a reminder must be planned before its fire time to fire).</summary>
internal sealed partial class BotCluster : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Pid, string Line)> _lines = new();
    private readonly List<Process> _processes = [];

    private BotCluster(FakeTelegramServer server, PostgresBackend backend, TempDatabase folder, int overallPerSecond, int maxInFlight) =>
        (Server, Backend, Folder, OverallPerSecond, MaxInFlight) = (server, backend, folder, overallPerSecond, maxInFlight);

    public FakeTelegramServer Server { get; }
    public PostgresBackend Backend { get; }
    public TempDatabase Folder { get; }
    public int OverallPerSecond { get; }
    public int MaxInFlight { get; }
    public IReadOnlyList<Process> Processes => _processes;

    /// <summary>When the reminder fires (the last whole minute at least <paramref name="lead"/> from now).</summary>
    public DateTimeOffset FiresAt { get; private set; }

    public static async Task<BotCluster> StartAsync(IReadOnlyList<long> chats, int instances, int overallPerSecond, int maxInFlight, TimeSpan lead)
    {
        var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions
        {
            FloodLimits = new FloodLimits(OverallPerSecond: overallPerSecond, PerChatPerSecond: 1, PerGroupPerMinute: 20),
        });
        var cluster = new BotCluster(server, await PostgresBackend.CreateAsync(), new TempDatabase(), overallPerSecond, maxInFlight);
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) =>
            await cluster.Backend.Chats.SubscribeAsync(id, id < 0, null, "en", [TimeSpan.FromHours(1)], SeriesFilter.All, ct));
        cluster.WriteStreamPage(lead);
        for (var i = 0; i < instances; i++) cluster.StartInstance();
        return cluster;
    }

    /// <summary>The process that logged taking the sending role last, if any.</summary>
    public Process? Sender => SenderPids() is [.., var pid] ? _processes.Find(p => p.Id == pid) : null;

    /// <summary>The processes that took the sending role, in order.</summary>
    public IReadOnlyList<int> SenderPids() =>
        [.. _lines.Select(l => SendingRole().Match(l.Line)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    public IReadOnlyList<string> Errors(int max = 6) =>
        [.. _lines.Where(l => l.Line.StartsWith("fail:", StringComparison.Ordinal) || l.Line.Contains("Exception", StringComparison.Ordinal)).Take(max).Select(l => $"{l.Pid}: {l.Line}")];

    /// <summary>How many instances claimed the rows that were sent (the claim stays on a sent row).</summary>
    public async Task<long> SendersOfSentRowsAsync()
    {
        await using var connection = new NpgsqlConnection(Backend.ConnectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT claimed_by) FROM outbox WHERE state = 'sent'");
    }

    public IReadOnlyList<RecordedRequest> Delivered() => [.. Server.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded)];

    private void WriteStreamPage(TimeSpan lead)
    {
        // The front matter's start has seconds, so the reminder fires exactly the lead from now: a start in the prose's
        // whole minutes would wait up to a minute more.
        var now = TimeProvider.System.GetUtcNow();
        var fire = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + lead;
        FiresAt = fire;
        var start = fire.AddHours(1).ToOffset(TimeSpan.FromHours(8));
        var page = $"""
            ---
            title: "SOFAChannel#98：Cluster broadcast"
            date: {start.AddDays(-3).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            start: {start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            end: {start.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            categories: "SOFAChannel"
            ---

            ## 概要

            - 活动主题：SOFAChannel#98：Cluster broadcast
            - 活动形式：线上直播
            - 直播地址：[点击观看](https://example.org/live/98)
            """;
        var folder = Path.Combine(Folder.Folder, "content");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "zh-sofa-channel-98.md"), page);
    }

    private void StartInstance()
    {
        var port = LoopbackPort.Free();
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = Backend.ConnectionString,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
            ["Telegram__WebhookSecret"] = "cluster-secret",
            ["Telegram__ListenUrls"] = $"http://127.0.0.1:{port}",
            ["Telegram__Limits__OverallPerSecond"] = OverallPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Telegram__Limits__MaxInFlight"] = MaxInFlight.ToString(CultureInfo.InvariantCulture),
        };
        Process? process = null;
        process = BotProcess.Start(Server, Folder, line => _lines.Enqueue((process?.Id ?? 0, line)), settings);
        _processes.Add(process);
    }


    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        await Backend.DisposeAsync();
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    [GeneratedRegex(@"Instance \S+/(\d+)/\w+ now plays the Sending role")]
    private static partial Regex SendingRole();
}
