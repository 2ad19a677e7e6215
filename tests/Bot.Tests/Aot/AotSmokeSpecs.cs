using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Catalog;
using Bot.Core.Reminders;
using Bot.Tests.Storage;
using FakeBotApi;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Aot;

/// <summary>The Native AOT publish (<c>BOT_AOT_BINARY</c>) does what the JIT build does: these are the guard for the
/// library reflection its publish lets through (Telegram.Bot's converters, Ical.Net's value copies, YamlDotNet's
/// untyped reader) and for Dapper, JSON, TOML and Quartz without run-time code generation.</summary>
public sealed partial class AotSmokeSpecs : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [AotFact]
    public async Task The_console_chat_answers_as_the_jit_build_does()
    {
        // Arrange: a speaker, an agenda, a calendar file (Ical.Net) and the next event.
        const string input = "/speaker 仪式\n/agenda meetup 14\n/ics meetup 14\n/next\n";
        string[] args = ["--content", RepoPaths.Corpus, "--lang", "en"];

        // Act
        var aot = await BotRun.AotAsync(_folder.Path, input, args);
        var jit = await BotRun.JitAsync(_folder.Path, input, args);

        // Assert
        aot.ExitCode.Should().Be(0, aot.Error);
        aot.Output.Should().Contain("仪式").And.Contain("SOFARegistry").And.Contain("BEGIN:VCALENDAR");
        Stamped().Replace(aot.Output, "DTSTAMP").Should().Be(Stamped().Replace(jit.Output, "DTSTAMP"), "only the calendar's creation stamp differs");
        aot.Error.Should().NotContain("Exception");
    }

    [AotFact]
    public async Task Check_json_on_the_corpus_is_the_jit_builds()
    {
        // Act
        var aot = await BotRun.AotAsync(_folder.Path, "", "check", RepoPaths.Corpus, "--json");
        var jit = await BotRun.JitAsync(_folder.Path, "", "check", RepoPaths.Corpus, "--json");

        // Assert
        aot.ExitCode.Should().Be(jit.ExitCode, aot.Error);
        aot.Output.Should().Contain("\"isEvent\": true");
        aot.Output.Should().Be(jit.Output);
    }

    [AotFact]
    public async Task Check_json_reads_nested_yaml_and_toml_front_matter_as_the_jit_build_does()
    {
        // Arrange: what the flat reader declines goes to YamlDotNet; +++ goes to Tomlyn.
        _folder.Write("yaml/nested.md", """
            ---
            title: "SOFAChannel#41：嵌套"
            date: 2027-03-01T10:00:00+08:00
            tags:
              - SOFAChannel
              - 直播
            author: &who 张三
            authorlink: *who
            ---

            ## 概要

            - 活动时间：2027 年 03 月 18 日 19:00
            - 活动形式：线上直播
            """);
        _folder.Write("yaml/toml.md", """
            +++
            title = "SOFAChannel#42：TOML"
            date = 2027-03-01T10:00:00+08:00
            tags = ["SOFAChannel", "直播"]
            +++

            ## 概要

            - 活动时间：2027 年 03 月 25 日 19:00
            - 活动形式：线上直播
            """);
        var folder = Path.Combine(_folder.Path, "yaml");

        // Act
        var aot = await BotRun.AotAsync(_folder.Path, "", "check", folder, "--json");
        var jit = await BotRun.JitAsync(_folder.Path, "", "check", folder, "--json");

        // Assert
        aot.ExitCode.Should().Be(jit.ExitCode, aot.Error);
        aot.Output.Should().Contain("SOFAChannel#41：嵌套").And.Contain("SOFAChannel#42：TOML").And.Contain("2027-03-25T19:00:00+08:00");
        aot.Output.Should().Be(jit.Output);
    }

    [AotFact]
    public async Task In_telegram_mode_it_answers_a_command_and_delivers_a_reminder()
    {
        // Arrange: a subscribed chat, and a live stream starting 40 s from now (its
        // "starting now" announcement goes through Quartz on SQLite, the outbox and the sender).
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        using var db = new TempDatabase();
        const long subscriber = 4242;
        await db.Chats.SubscribeAsync(subscriber, false, null, "en", LeadTime.Defaults, SeriesFilter.All);
        SqliteConnection.ClearAllPools();
        var start = WriteStreamStartingSoon(Path.Combine(db.Folder, "content"));
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var bot = BotProcess.Start(server, db, errors.Enqueue, executable: AotFactAttribute.Binary);

        // Act and assert
        await AnswersACommandAndDeliversTheReminderAsync(server, bot, errors, subscriber, start);
    }

    /// <summary>The running bot answers <c>/next</c> with the stream and delivers its announcement to the subscriber,
    /// logging no exception; the bot is killed at the end.</summary>
    internal static async Task AnswersACommandAndDeliversTheReminderAsync(FakeTelegramServer server, System.Diagnostics.Process bot,
        System.Collections.Concurrent.ConcurrentQueue<string> errors, long subscriber, DateTimeOffset start)
    {
        try
        {
            await server.WaitUntilPollingAsync(TimeSpan.FromSeconds(60));
            var user = FakeChats.User(7);
            server.EnqueueMessage(FakeChats.Private(user), user, "/next");
            var replies = await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.ChatId == user.Id && r.Succeeded, 1, TimeSpan.FromSeconds(30));
            var wait = start - TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(60);
            var reminders = await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.ChatId == subscriber && r.Succeeded, 1, wait);

            replies[0].Text.Should().Contain("AOT smoke");
            reminders[0].Text.Should().Contain("AOT smoke");
            bot.HasExited.Should().BeFalse(string.Join(Environment.NewLine, errors.Take(20)));
            errors.Should().NotContain(line => line.Contains("Exception", StringComparison.Ordinal));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    [AotFact]
    public async Task The_published_binary_runs_with_the_gen0_budget_cap_of_the_project_file()
    {
        // Arrange: Native AOT ignores GC settings without a public System.GC.* name unless baked as an ILC runtimeopt.
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        using var db = new TempDatabase();
        var admin = FakeChats.User(4243);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var bot = BotProcess.Start(server, db, errors.Enqueue, new Dictionary<string, string> { ["Bot__AdminUserIds__0"] = "4243" },
            executable: AotFactAttribute.Binary);
        try
        {
            // Act
            await server.WaitUntilPollingAsync(TimeSpan.FromSeconds(60));
            server.EnqueueMessage(FakeChats.Private(admin), admin, "/stats");
            var stats = await server.WaitForRequestsAsync(r => r.Method == "sendMessage" && r.ChatId == admin.Id && r.Succeeded, 1, TimeSpan.FromSeconds(30));

            // Assert: the cap as the GC reports it (0 when the runtime did not take the setting).
            stats[0].Text.Should().Contain("gen0 budget cap 4 MB", string.Join(Environment.NewLine, errors.Take(20)));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    // When the calendar file was made: the one line two runs may not share.
    [GeneratedRegex(@"DTSTAMP:\d{8}T\d{6}Z")]
    private static partial Regex Stamped();

    /// <summary>An online stream (Shanghai time) starting 40 s from now, to the second (the front matter's start has
    /// seconds; the prose's whole minutes would wait up to a minute more); returns its start.</summary>
    internal static DateTimeOffset WriteStreamStartingSoon(string folder)
    {
        var china = TimeSpan.FromHours(8);
        var now = TimeProvider.System.GetUtcNow();
        var start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(40).ToOffset(china);
        var end = start.AddMinutes(30);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sofa-channel-199.md"), $"""
            ---
            title: "SOFAChannel#199：AOT smoke"
            date: {start.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T10:00:00+08:00
            start: {start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            end: {end.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+08:00
            categories: "SOFAChannel"
            ---

            ## 概要

            - 活动主题：SOFAChannel#199：AOT smoke
            - 活动形式：线上直播
            - 直播间：[点击进入](https://live.example.org/199)
            """);
        return start;
    }
}
