using System.Diagnostics;
using System.Globalization;
using Bot.Tests.Storage;
using FakeBotApi;
using Xunit.Abstractions;

namespace Bot.Tests.Reminders;

/// <summary>The built bot (<c>dotnet Bot.dll</c>, Telegram mode against the loopback server) after a wave of /subscribe.</summary>
public sealed class SubscriptionWaveSpecs(ITestOutputHelper output)
{
    private const int Chats = 3000;
    private const int UpcomingEvents = 30;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task After_3000_chats_subscribe_the_bot_is_idle_within_5_seconds_of_the_last_acknowledgement()
    {
        // Arrange: upcoming streams, so Quartz holds reminders that every sync plans against.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        using var db = new TempDatabase();
        WriteUpcomingStreams(Path.Combine(db.Folder, "content"));
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var bot = BotProcess.Start(server, db, errors.Enqueue, new Dictionary<string, string>
        {
            ["Telegram__Limits__OverallPerSecond"] = "100000",
            ["Telegram__Limits__PerChatPerSecond"] = "100",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        try
        {
            await server.WaitUntilPollingAsync(TimeSpan.FromSeconds(60));
            var mark = server.LastSequence;

            // Act: the wave, then the child's CPU over 10 s starting 5 s after the last reply.
            for (var id = 1; id <= Chats; id++)
            {
                var user = FakeChats.User(id);
                server.EnqueueMessage(FakeChats.Private(user), user, "/subscribe");
            }

            await server.WaitForRequestsAsync(r => r.Sequence > mark && r.Method == "sendMessage" && r.Succeeded, Chats, TimeSpan.FromSeconds(180));
            await Task.Delay(Settle);
            var before = CpuOf(bot);
            await Task.Delay(Window);
            var share = (CpuOf(bot) - before) / Window;

            // Assert
            output.WriteLine($"CPU {share:P1} of a core over {Window.TotalSeconds} s, {Settle.TotalSeconds} s after the last of {Chats} acknowledgements");
            bot.HasExited.Should().BeFalse(string.Join(Environment.NewLine, errors.Take(20)));
            share.Should().BeLessThanOrEqualTo(0.05, "nothing is left to do once every subscription is acknowledged");
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    private static TimeSpan CpuOf(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>One online stream a day from tomorrow, 19:00 in Shanghai.</summary>
    private static void WriteUpcomingStreams(string folder)
    {
        Directory.CreateDirectory(folder);
        var china = TimeSpan.FromHours(8);
        var today = TimeProvider.System.GetUtcNow().ToOffset(china).Date;
        for (var n = 1; n <= UpcomingEvents; n++)
        {
            var day = today.AddDays(n);
            File.WriteAllText(Path.Combine(folder, $"sofa-channel-{100 + n}.md"), $"""
                ---
                title: "SOFAChannel#{100 + n}：Wave {n}"
                date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T10:00:00+08:00
                categories: "SOFAChannel"
                ---

                ## 概要

                - 活动主题：SOFAChannel#{100 + n}：Wave {n}
                - 活动时间：{day.ToString("yyyy 年 MM 月 dd 日", CultureInfo.InvariantCulture)}（周{"日一二三四五六"[(int)day.DayOfWeek]}）19:00-20:00
                - 活动形式：线上直播
                - 直播间：[点击进入](https://live.example.org/{100 + n})
                """);
        }
    }
}
