using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>The bot started once more on its data, answering one command, then left alone: content loaded, polling a
/// server that holds each getUpdates as long as Telegram would, nothing to do. Its CPU over that time is what a quiet
/// community's bot costs the machine.</summary>
public static class IdleScenario
{
    /// <summary>Start-up work (background compilation, the first collections, Quartz's first scan) is not idling.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    /// <summary>Telegram holds a long poll up to the <c>timeout</c> the bot asks for (ours 50 s, grammY's runner 30 s).</summary>
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(60);

    /// <summary>Beyond every update id of the earlier phases, which the bot's inbox remembers.</summary>
    private const int UpdateIdsAfter = 100_000_000;

    public static async Task<IdleResult> RunAsync(IBotUnderTest bot, BotWorkspace workspace, string probe, TimeSpan length)
    {
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { Token = BotWorkspace.Token, LongPollCap = LongPoll, UpdateIdsAfter = UpdateIdsAfter });
        await using var tap = new ReplyTap(server);
        await using var process = await BotProcess.StartAsync(bot, workspace, server, tap, probe, limited: true);
        return await process.Watch(IdleAsync(process, server, length));
    }

    private static async Task<IdleResult> IdleAsync(BotProcess process, FakeTelegramServer server, TimeSpan length)
    {
        await Task.Delay(Settle, process.Died);
        var callsBefore = server.Requests.Count;
        process.Meter.BeginPhase();
        await Task.Delay(length, process.Died);
        var used = process.Meter.EndPhase();
        return new IdleResult(length, used, server.Requests.Count - callsBefore);
    }
}

/// <param name="Calls">Bot API calls the bot made while idle (its long polls, and anything it should not have sent).</param>
public sealed record IdleResult(TimeSpan Length, PhaseResources Resources, int Calls)
{
    /// <summary>CPU time ÷ wall time: 1 % is a hundredth of one core.</summary>
    public double CpuPercentOfCore => Resources.CpuSeconds / Length.TotalSeconds * 100;
}
